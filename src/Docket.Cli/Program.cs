using Docket.Cli;

return DocketApp.Run(args, Console.Out, Console.Error);
