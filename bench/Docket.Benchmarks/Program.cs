using BenchmarkDotNet.Running;
using Docket.Benchmarks;
using Docket.Testing;

// `score DIR [FIELD]`: the F1 of one folder of narratives with their expectations, and with FIELD ("obligationStatus"),
// what intake missed (-) and added (+) in that field, file by file.
if (args is ["score", var folder, ..])
{
    Console.Write(CorpusReport.Format(CorpusReport.Run(folder, folder)));
    if (args.Length > 2)
    {
        Console.Write(CorpusReport.FormatDifferences(folder, folder, args[2]));
    }

    return 0;
}

// `score`: field-by-field F1 of intake against the hand-written expectations; anything else goes to BenchmarkDotNet.
if (args is ["score"])
{
    Console.Write(CorpusReport.Format(CorpusReport.Run(RepositoryPaths.Combine("examples", "cases"), RepositoryPaths.Combine("tests", "Docket.Intake.Tests", "Corpus"))));
    // Each further set holds its narratives and their expectations side by side; its first figures were measured blind.
    (string Set, string About)[] further =
    [
        ("Corpus2", "second set (written apart from the code by another author; core F1 0.868 at its first, blind measurement)"),
        ("Corpus3", "third set (written apart from the code by a third author; core F1 0.911 at its first, blind measurement)"),
        ("Corpus4", "fourth set (written apart from the code for obligations; obligation F1 0.384, status 0.000 at its first, blind measurement)"),
        ("Corpus5", "fifth set (written apart from the code for obligations; obligation F1 0.512, status 0.171 at its first, blind measurement)"),
        ("Corpus6", "sixth set (held out, measured once: core F1 0.882, obligations 0.274, status 0.110)"),
        ("Corpus7", "seventh set (held out, measured blind: core F1 0.858, obligations 0.617, status 0.395)"),
        ("Corpus8", "eighth set (measured blind: core F1 0.907, obligations 0.782, status 0.368; then developed on)"),
        ("Corpus9", "ninth set (held out, measured blind three times: core F1 0.871, obligations 0.605, status 0.184; 0.871, 0.623, 0.208; 0.891, 0.744, 0.205)"),
        ("Corpus10", "tenth set (measured blind: core F1 0.876, obligations 0.649, status 0.405; then developed on)"),
        ("Corpus11", "eleventh set (held out, measured blind twice: core F1 0.901, obligations 0.541, status 0.282; then 0.901, 0.565, 0.282)"),
        ("Corpus12", "twelfth set (measured blind: core F1 0.873, obligations 0.325, status 0.150; then developed on)"),
        ("Corpus13", "thirteenth set (measured blind: core F1 0.817, obligations 0.312, status 0.130)"),
    ];
    foreach (var (set, about) in further)
    {
        var path = RepositoryPaths.Combine("tests", "Docket.Intake.Tests", set);
        Console.WriteLine(about + ":");
        Console.Write(CorpusReport.Format(CorpusReport.Run(path, path)));
    }

    if (RepositoryPaths.Shared is { } shared)
    {
        Console.WriteLine("seeds:");
        Console.Write(CorpusReport.Format(CorpusReport.Run(Path.Combine(shared, "seeds"), RepositoryPaths.Combine("tests", "Docket.Intake.Tests", "Seeds"))));
    }

    return 0;
}

// `corpus-bytes`: the size of the throughput corpus, so that scripts can turn a median time into MB/s.
if (args is ["stages", ..])
{
    StageTimer.Run();
    return 0;
}

// `dossier-pdf [RUNS]`: wall time of printing the large dossier's PDF through Chromium (too slow for BenchmarkDotNet's iterations).
if (args is ["dossier-pdf", ..])
{
    return await DossierPdfTimer.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5);
}

if (args is ["corpus-bytes", ..])
{
    Console.WriteLine(Corpus.Build(IntakeBenchmarks.TargetBytes).Bytes);
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(IntakeBenchmarks).Assembly).Run(args);
return 0;
