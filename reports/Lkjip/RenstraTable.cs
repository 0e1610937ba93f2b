using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Analysis.Lkjip;
using SakipAnalytics.Model.Formatting;
using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>
/// Bab II A: each indicator's kondisi awal, its Renstra target for every year the series hold
/// (<c>seri_renstra</c>), and the Renstra end target; predikat targets print as grades.
/// </summary>
internal static class RenstraTable
{
    private const decimal NumberCm = 0.8m;
    private const decimal BaselineCm = 1.4m;
    private const decimal EndCm = 1.5m;
    private const decimal YearCm = 1m;
    private const decimal MinIndicatorCm = 3m;

    /// <summary>The years with a Renstra target for any indicator of the report, in order.</summary>
    public static IReadOnlyList<int> Years(LkjipFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);

        return [.. Indicators(facts).SelectMany(i => facts.AnalysisOf(i.Code).Series)
            .Where(y => y.Renstra is not null)
            .Select(y => y.Year).Distinct().Order()];
    }

    /// <summary>The year of the kondisi awal: from the series, else from the indicators' baselines.</summary>
    public static int? BaselineYear(LkjipFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);

        var fromSeries = Indicators(facts).SelectMany(i => facts.AnalysisOf(i.Code).Series)
            .Where(y => y.Baseline is not null || y.BaselineGrade is not null).Select(y => (int?)y.Year).Min();
        return fromSeries ?? facts.Series.Where(s => s.Baseline is not null).Select(s => (int?)s.BaselineYear).Min();
    }

    public static WordTable Build(LkjipFacts facts, string indicatorHeader)
    {
        ArgumentNullException.ThrowIfNull(facts);

        var years = Years(facts);
        var table = new WordTable(Columns(years, BaselineYear(facts), indicatorHeader));
        foreach (var (indicator, index) in Indicators(facts).Select((i, n) => (i, n + 1)))
            table.AddRow(Row(facts, indicator, index, years));
        return table;
    }

    /// <summary>Whether any cell shows "-", so the table needs a note saying what it means.</summary>
    public static bool HasGaps(LkjipFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);

        var years = Years(facts);
        return Indicators(facts).Any(i => Row(facts, i, 0, years).Contains(ValueText.Missing));
    }

    public static IEnumerable<IndicatorResult> Indicators(LkjipFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);

        return facts.Sasaran.SelectMany(s => s.Indicators);
    }

    private static TableColumn[] Columns(IReadOnlyList<int> years, int? baselineYear, string indicatorHeader)
    {
        var free = PageLayout.A4Indonesian.TextWidthCm - NumberCm - BaselineCm - EndCm;
        var yearCm = years.Count == 0 ? 0m : Math.Min(YearCm, (free - MinIndicatorCm) / years.Count);
        var baseline = baselineYear is { } y ? $"Kondisi Awal {y}" : "Kondisi Awal";

        return
        [
            TableColumn.Center("No", NumberCm), TableColumn.Left(indicatorHeader, free - yearCm * years.Count),
            TableColumn.Center(baseline, BaselineCm), .. years.Select(year => TableColumn.Center($"{year}", yearCm)),
            TableColumn.Center("Target Akhir", EndCm),
        ];
    }

    private static string[] Row(LkjipFacts facts, IndicatorResult indicator, int index, IReadOnlyList<int> years)
    {
        var series = facts.AnalysisOf(indicator.Code).Series;
        var plan = facts.Series.FirstOrDefault(s => s.Code == indicator.Code);

        return
        [
            $"{index}", $"{indicator.Code} {indicator.Name} ({indicator.Satuan.Trim()})", Baseline(series, plan),
            .. years.Select(year => Target(series.FirstOrDefault(s => s.Year == year))),
            ValueText.Of(plan?.EndTarget ?? indicator.RenstraEndTarget),
        ];
    }

    private static string Baseline(IReadOnlyList<SeriesYear> series, IndicatorSeries? plan) =>
        series.FirstOrDefault(y => y.Baseline is not null || y.BaselineGrade is not null) is { } row
            ? FigureText.Of(row.Baseline, row.BaselineGrade)
            : ValueText.Of(plan?.Baseline);

    private static string Target(SeriesYear? year) =>
        year?.Renstra is { } target ? IndonesianFormat.Target(target) : ValueText.Missing;
}
