using SakipAnalytics.Model.Capaian;

namespace SakipAnalytics.Model.Analysis;

/// <summary>A strategic objective and its indicators for one period.</summary>
public sealed record SasaranResult(string Code, string Name, IReadOnlyList<IndicatorResult> Indicators)
{
    /// <summary>The mean of its indicators' displayed capaian; null when none is computable.</summary>
    public decimal? MeanCapaian(CapSetting cap)
    {
        ArgumentNullException.ThrowIfNull(cap);

        var values = Indicators.Select(i => i.Capaian.Displayed(cap)).OfType<decimal>().ToList();
        return values.Count == 0 ? null : values.Sum() / values.Count;
    }
}
