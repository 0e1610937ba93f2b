using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Formatting;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>
/// What Bab IV B can say from the data: the indicators that missed the year's target with the
/// follow-up their units reported, and those still short of the Renstra end target.
/// </summary>
internal static class ImprovementText
{
    public static IEnumerable<string> Of(IReadOnlyList<IndicatorResult> indicators, LkjipFacts facts)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentNullException.ThrowIfNull(facts);

        var missed = indicators.Where(i => Shown(i, facts) is < 100m).ToList();
        yield return missed.Count == 0
            ? $"Seluruh indikator yang dapat dihitung telah mencapai target tahun {facts.Year}."
            : $"Indikator yang belum mencapai target tahun {facts.Year} adalah {IndonesianList.Join(Named(missed, facts))}."
              + FollowUp(missed);

        var behind = indicators
            .Select(i => (Indicator: i, Share: facts.AnalysisOf(i.Code).Annual?.CapaianToRenstraEnd))
            .Where(x => x.Share is < 100m)
            .Select(x => $"{x.Indicator.Name} ({IndonesianFormat.Number(x.Share!.Value)}% dari target akhir)")
            .ToList();
        if (behind.Count > 0)
            yield return $"Terhadap target akhir Renstra, {behind.Count} indikator masih memerlukan peningkatan: "
                + $"{IndonesianList.Join(behind)}.";
    }

    private static decimal? Shown(IndicatorResult indicator, LkjipFacts facts) =>
        indicator.Capaian.Displayed(facts.Settings.Cap) is { } value ? Math.Round(value, 2, MidpointRounding.AwayFromZero) : null;

    private static List<string> Named(List<IndicatorResult> missed, LkjipFacts facts) =>
        [.. missed.Select(i => $"{i.Name} (capaian {IndonesianFormat.Number(Shown(i, facts)!.Value)}%)")];

    private static string FollowUp(List<IndicatorResult> missed)
    {
        var actions = missed.Select(i => i.TindakLanjut?.ReplaceLineEndings("; ").Trim().TrimEnd('.'))
            .OfType<string>().Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return actions.Count == 0
            ? string.Empty
            : $" Tindak lanjut yang dilaporkan unit: {string.Join("; ", actions.Select(LowerFirst))}.";
    }

    // "Rapat koordinasi" reads "rapat koordinasi" mid-sentence; "DTKS diperbarui" keeps its acronym.
    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
}
