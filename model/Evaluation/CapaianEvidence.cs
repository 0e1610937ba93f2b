using SakipAnalytics.Model.Analysis;

namespace SakipAnalytics.Model.Evaluation;

/// <summary>
/// The December results of the evaluated year and the year before, and the unit kinds, that the
/// "Capaian Kinerja" answers of every worksheet are held against.
/// </summary>
public sealed record CapaianEvidence(
    IReadOnlyList<IndicatorResult> ThisYear, IReadOnlyList<IndicatorResult> LastYear, IReadOnlyDictionary<string, string> UnitKinds)
{
    /// <summary>Output indicators are kegiatan-level (IKK); outcome indicators program-level (IKP) or the office's IKU.</summary>
    public static bool IsOutput(IndicatorResult indicator) => indicator.Jenis == "IKK";

    public IEnumerable<IndicatorResult> Of(string unit) => ThisYear.Where(i => i.UnitCode == unit);

    public IndicatorResult? LastYearOf(IndicatorResult indicator) =>
        LastYear.FirstOrDefault(i => i.Code == indicator.Code && i.UnitCode == indicator.UnitCode);

    /// <summary>A unit's mean uncapped capaian over its computable indicators; null when it has none.</summary>
    public decimal? MeanCapaian(string unit)
    {
        var values = Of(unit).Select(i => i.Capaian.Uncapped).OfType<decimal>().ToList();
        return values.Count == 0 ? null : values.Average();
    }
}
