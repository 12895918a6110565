using System.Text;

namespace Docket.Intake.Decoding;

/// <summary>Access to Windows-1252, which .NET only offers once the code-pages provider is registered.</summary>
internal static class LegacyEncodings
{
    // Registration must precede GetEncoding, so both happen in the static constructor (field initialisers would run first).
    static LegacyEncodings()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Windows1252 = Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ReplacementFallback);
    }

    /// <summary>Windows-1252 that decodes every byte (undefined bytes become C1 controls, as Windows does).</summary>
    public static Encoding Windows1252 { get; }
}
