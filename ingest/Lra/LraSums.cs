using SakipAnalytics.Ingest.Findings;
using SakipAnalytics.Model.Formatting;

namespace SakipAnalytics.Ingest.Lra;

/// <summary>
/// Checks that each parent line equals the sum of its children, and that the total row equals
/// the sum of the programs, reporting every line that does not hold.
/// </summary>
internal sealed class LraSums
{
    private readonly Dictionary<string, (LraLine Line, decimal Anggaran, decimal ToDate, bool HasChildren)> _parents =
        new(StringComparer.Ordinal);
    private decimal _programAnggaran;
    private decimal _programToDate;

    public void Add(LraLine line)
    {
        if (line.Level != LraLevel.Akun)
            _parents[Key(line)] = (line, 0m, 0m, false);

        if (line.Level == LraLevel.Program)
        {
            _programAnggaran += line.Anggaran;
            _programToDate += line.RealisasiToDate;
        }

        if (line.ParentKode is not null && _parents.TryGetValue(ParentKey(line), out var parent))
            _parents[ParentKey(line)] = (parent.Line, parent.Anggaran + line.Anggaran, parent.ToDate + line.RealisasiToDate, true);
    }

    public void Report(string? sheet, FindingList findings)
    {
        foreach (var (line, anggaran, toDate, hasChildren) in _parents.Values.Where(p => p.HasChildren))
        {
            Compare(line.Row, "Anggaran", line.Anggaran, anggaran, line.Kode, sheet, findings);
            Compare(line.Row, "Realisasi s.d. Bulan Ini", line.RealisasiToDate, toDate, line.Kode, sheet, findings);
        }
    }

    public void ReportTotal(int row, decimal anggaran, decimal toDate, string? sheet, FindingList findings)
    {
        Compare(row, "Anggaran", anggaran, _programAnggaran, "JUMLAH", sheet, findings);
        Compare(row, "Realisasi s.d. Bulan Ini", toDate, _programToDate, "JUMLAH", sheet, findings);
    }

    private static void Compare(int row, string column, decimal stated, decimal sum, string kode, string? sheet, FindingList findings)
    {
        if (stated == sum)
            return;

        findings.Warning(
            $"Baris {kode} tidak sama dengan jumlah rincian di bawahnya (selisih {IndonesianFormat.Number(stated - sum)})",
            sheet,
            row,
            column,
            IndonesianFormat.Number(stated),
            IndonesianFormat.Number(sum) + " (jumlah rincian)");
    }

    private static string Key(LraLine line) => line.Level + ":" + line.Kode;

    private static string ParentKey(LraLine line) => ParentLevel(line.Level) + ":" + line.ParentKode;

    private static string ParentLevel(string level) => level switch
    {
        LraLevel.Akun => LraLevel.SubKegiatan,
        LraLevel.SubKegiatan => LraLevel.Kegiatan,
        _ => LraLevel.Program,
    };
}
