using System.Data.Common;
using SakipAnalytics.Model.Store;

namespace SakipAnalytics.Model.Provenance;

/// <summary>What the store knows about where its figures came from.</summary>
public sealed class ProvenanceQueries(SakipStore store)
{
    private static readonly string FilesSql = Load("Files");
    private static readonly string ExplainSql = Load("Explain");
    private static readonly string IndicatorExistsSql = Load("IndicatorExists");

    public IReadOnlyList<SourceFileRecord> Files() => store.Rows(FilesSql, ReadFile);

    public bool IndicatorExists(string indicator) => store.Scalar<bool>(IndicatorExistsSql, ("indicator", indicator));

    /// <summary>The capaian of an indicator for a month (month 12 is the year), one per unit reporting it.</summary>
    public IReadOnlyList<CapaianExplanation> Explain(string indicator, int year, int month) =>
        store.Rows(ExplainSql, ReadExplanation, ("indicator", indicator), ("year", year), ("month", month));

    private static SourceFileRecord ReadFile(DbDataReader r) => new()
    {
        FileId = r.GetInt32(0), FileName = r.GetString(1), Kind = r.GetString(2), UnitCode = r.TextOrNull(3),
        Year = r.IntOrNull(4), Month = r.IntOrNull(5), Status = r.GetString(6), Rows = r.GetInt32(7),
        Warnings = r.GetInt32(8), Errors = r.GetInt32(9), Received = r.GetString(10), SupersededBy = r.IntOrNull(11),
        Sha256 = r.GetString(12),
    };

    private static CapaianExplanation ReadExplanation(DbDataReader r) => new()
    {
        IndicatorCode = r.GetString(0), IndicatorName = r.GetString(1), Satuan = r.GetString(2), Polarity = r.GetString(3),
        Aggregation = r.GetString(4), UnitCode = r.GetString(5), Year = r.GetInt32(6), Month = r.GetInt32(7),
        Target = r.TextOrNull(8), AnnualTarget = r.TextOrNull(9), TargetSource = r.GetString(10),
        Realisasi = r.DecimalOrNull(11), RealisasiGrade = r.TextOrNull(12), Capaian = r.DecimalOrNull(13),
        NotComputable = r.TextOrNull(14), ReportedCapaian = r.DecimalOrNull(15),
        SourceFile = r.GetString(16), SourceSheet = r.TextOrNull(17), SourceRow = r.GetInt32(18), SourceSha256 = r.GetString(19),
        PkSource = Where(r, 20), RencanaAksiSource = Where(r, 23), TargetKind = Kind(r.GetString(26)),
    };

    private static Capaian.TargetKind Kind(string text) => text switch
    {
        "predikat" => Capaian.TargetKind.Predikat,
        "rentang" => Capaian.TargetKind.Range,
        _ => Capaian.TargetKind.Number,
    };

    private static string? Where(DbDataReader r, int first) =>
        r.IsDBNull(first) ? null : $"{r.GetString(first)}, sheet {r.TextOrNull(first + 1)}, baris {r.GetInt32(first + 2)}";

    private static string Load(string name) => SqlScript.Load(typeof(ProvenanceQueries).Assembly, $"Queries/Provenance/{name}.sql");
}
