using System.Text.RegularExpressions;

namespace SakipAnalytics.Ingest.Lra;

/// <summary>The level of an LRA line, told by the shape of its Kode Rekening.</summary>
public static partial class LraLevel
{
    public const string Program = "program";
    public const string Kegiatan = "kegiatan";
    public const string SubKegiatan = "sub_kegiatan";
    public const string Akun = "akun";

    public const string Expected =
        "kode program (1.06.04), kegiatan (1.06.04.1.01), sub kegiatan (1.06.04.1.01.0001) atau rekening (5.1.02.01.01.0024)";

    /// <summary>The level, or null when the code has none of the known shapes.</summary>
    public static string? Of(string code)
    {
        ArgumentNullException.ThrowIfNull(code);

        return code.Trim() switch
        {
            var c when AkunPattern().IsMatch(c) => Akun,
            var c when SubKegiatanPattern().IsMatch(c) => SubKegiatan,
            var c when KegiatanPattern().IsMatch(c) => Kegiatan,
            var c when ProgramPattern().IsMatch(c) => Program,
            _ => null,
        };
    }

    [GeneratedRegex(@"^[4-6]\.\d(\.\d{1,2}){1,3}(\.\d{4})?$")]
    private static partial Regex AkunPattern();

    [GeneratedRegex(@"^\d\.\d{2}\.\d{2}\.\d\.\d{2}\.\d{4}$")]
    private static partial Regex SubKegiatanPattern();

    [GeneratedRegex(@"^\d\.\d{2}\.\d{2}\.\d\.\d{2}$")]
    private static partial Regex KegiatanPattern();

    [GeneratedRegex(@"^\d\.\d{2}\.\d{2}$")]
    private static partial Regex ProgramPattern();
}
