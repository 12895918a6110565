using System.Text;

namespace Docket.Intake.Decoding;

/// <summary>Access to Windows-1252, which .NET only offers once the code-pages provider is registered.</summary>
internal static class LegacyEncodings
{
    static LegacyEncodings()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>Windows-1252 that decodes every byte (undefined bytes become C1 controls, as Windows does).</summary>
    public static Encoding Windows1252 { get; } = Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ReplacementFallback);
}
