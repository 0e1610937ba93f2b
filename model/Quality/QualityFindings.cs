using System.Data.Common;
using SakipAnalytics.Model.Analysis.Tables;
using SakipAnalytics.Model.Store;

namespace SakipAnalytics.Model.Quality;

/// <summary>
/// Reads the <c>temuan</c> table as findings, grouped in the order the evaluation team works
/// through them: files first, then cross-source reconciliation, then reporting discipline.
/// </summary>
public static class QualityFindings
{
    /// <summary>The kinds of finding, in the order reports list them.</summary>
    public static IReadOnlyList<string> KindOrder { get; } =
    [
        "berkas ditolak", "peringatan berkas", "koreksi", "target berbeda dengan referensi",
        "serapan berbeda dengan LRA", "pagu e-Monev berbeda dengan LRA", "realisasi fisik tidak wajar",
        "realisasi fisik menurun", "sub kegiatan tanpa pemetaan", "sumber anggaran tidak lengkap",
        "capaian tidak dapat dihitung", "indikator tidak dilaporkan", "laporan sama dengan bulan lalu",
        "laporan belum diterima", "laporan terlambat",
    ];

    public static IReadOnlyList<QualityFinding> Read(AnalysisSession session, TableFilter filter)
    {
        ArgumentNullException.ThrowIfNull(session);

        var table = AnalysisTables.Find("temuan")!;
        var findings = session.Read(table, filter, ReadAll);
        return findings.OrderBy(f => Rank(f.Kind)).ToList();
    }

    private static int Rank(string kind)
    {
        var index = KindOrder.ToList().IndexOf(kind);
        return index < 0 ? KindOrder.Count : index;
    }

    private static List<QualityFinding> ReadAll(DbDataReader r)
    {
        var findings = new List<QualityFinding>();
        while (r.Read())
            findings.Add(ReadOne(r));
        return findings;
    }

    private static QualityFinding ReadOne(DbDataReader r) => new()
    {
        Kind = r.GetString(0),
        FileKind = r.TextOrNull(1),
        UnitCode = r.TextOrNull(2),
        Year = r.IntOrNull(3),
        Month = r.IntOrNull(4),
        File = r.TextOrNull(5),
        Sheet = r.TextOrNull(6),
        Row = r.IntOrNull(7),
        Column = r.TextOrNull(8),
        Found = r.TextOrNull(9),
        Expected = r.TextOrNull(10),
        Message = r.GetString(11),
    };
}
