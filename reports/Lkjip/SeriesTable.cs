using SakipAnalytics.Model.Analysis.Lkjip;
using SakipAnalytics.Model.Formatting;
using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>
/// An indicator's years from the Renstra baseline to the report year: the Renstra and PK
/// targets, realisasi, capaian and band of each year, as <c>seri_renstra</c> holds them.
/// </summary>
internal static class SeriesTable
{
    public static bool HasYears(IkuAnalysis analysis, int year) =>
        Until(analysis, year).Any(s => s.Realisasi is not null || s.RealisasiGrade is not null);

    /// <summary>The years from the baseline up to and including the report's.</summary>
    public static WordTable Build(IkuAnalysis analysis, int year)
    {
        ArgumentNullException.ThrowIfNull(analysis);

        var table = new WordTable(
        [
            TableColumn.Center("Tahun", 2.4m), TableColumn.Center("Target Renstra", 2.2m),
            TableColumn.Center("Target PK", 2.2m), TableColumn.Center("Realisasi", 2.2m),
            TableColumn.Center("Capaian (%)", 2.2m), TableColumn.Center("Kategori", 2.8m),
        ]);
        foreach (var point in Until(analysis, year))
            table.AddRow(Row(point));
        return table;
    }

    private static IEnumerable<SeriesYear> Until(IkuAnalysis analysis, int year) => analysis.Series.Where(s => s.Year <= year);

    private static string[] Row(SeriesYear year) => year.Baseline is not null || year.BaselineGrade is not null
        ? [$"{year.Year} (kondisi awal)", ValueText.Missing, ValueText.Missing,
           FigureText.Of(year.Baseline, year.BaselineGrade), ValueText.Missing, ValueText.Missing]
        : [$"{year.Year}", IndonesianFormat.Target(year.Renstra), PkTarget(year),
           FigureText.Of(year.Realisasi, year.RealisasiGrade), FigureText.Percent(year.Capaian), year.Band ?? ValueText.Missing];

    private static string PkTarget(SeriesYear year)
    {
        var target = IndonesianFormat.Target(year.Pk);
        return year.PkVersion == "Perubahan" ? $"{target} (Perubahan)" : target;
    }
}
