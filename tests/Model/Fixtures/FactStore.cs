using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Analysis.Tables;
using SakipAnalytics.Model.Capaian;
using SakipAnalytics.Model.Store;

namespace SakipAnalytics.Model.Tests.Fixtures;

/// <summary>
/// An in-memory store filled row by row with a small hand-made office, so a test states every
/// figure its expected value follows from. Each unit month becomes one loaded source file.
/// </summary>
public sealed partial class FactStore : IDisposable
{
    private readonly Dictionary<(string Unit, int Year, int Month), int> _files = [];
    private int _nextFile = 100;

    public FactStore()
    {
        Store = SakipStore.InMemory();
        Unit("DINSOS", "dinas");
    }

    public SakipStore Store { get; }

    /// <summary>Recomputes capaian and returns the tables under the given settings.</summary>
    public AnalysisSession Analyse(AnalysisSettings? settings = null)
    {
        CapaianComputation.Rebuild(Store);
        return new AnalysisSession(Store, settings ?? AnalysisSettings.Default);
    }

    public void Dispose() => Store.Dispose();

    public FactStore Unit(string code, string jenis = "bidang") =>
        Insert(FactSql.Unit, ("unit_code", code), ("name", "Unit " + code), ("jenis", jenis));

    public FactStore Indicator(
        string code, string unit, string aggregation = "kumulatif", string polarity = "positif",
        string jenis = "IKK", string sasaran = "S1", string? parent = null) =>
        Insert(
            FactSql.Indicator, ("indicator_code", code), ("unit_code", unit), ("aggregation", aggregation),
            ("polarity", polarity), ("jenis", jenis), ("sasaran_code", sasaran), ("parent_code", parent));

    public FactStore Pk(
        int year, string code, string target, string version = "Murni", DateOnly? from = null, decimal? pagu = null)
    {
        var parsed = Parse(target);
        return Insert(
            FactSql.Pk, ("year", year), ("indicator_code", code), ("target_text", target),
            ("target_low", parsed?.Low), ("target_high", parsed?.High), ("version", version),
            ("effective_from", from ?? new DateOnly(year, 1, 1)), ("pagu", pagu));
    }

    public FactStore RencanaAksi(int year, string code, int month, decimal target) =>
        Insert(
            FactSql.RencanaAksi, ("year", year), ("indicator_code", code), ("month", month),
            ("target_text", target.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("target", target));

    public FactStore Renstra(string code, int year, string kind, decimal value) =>
        Insert(
            FactSql.Renstra, ("indicator_code", code), ("year", year), ("kind", kind),
            ("target_text", value.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("target", value));

    private static Target? Parse(string text)
    {
        if (Predikat.IsGrade(text))
            return null;

        var numbers = text.Split('-').Select(p => decimal.Parse(p, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return numbers.Length == 2 ? Target.Range(numbers[0], numbers[1]) : Target.Number(numbers[0]);
    }

    private FactStore Insert(string sql, params (string, object?)[] values)
    {
        Store.Execute(sql, values);
        return this;
    }
}
