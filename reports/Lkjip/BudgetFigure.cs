using SakipAnalytics.Dashboards.Charts;
using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Formatting;
using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>
/// The Bab III B chart of pagu and realisasi per program (a unit's: per sub kegiatan), with an
/// alternative text carrying the figures.
/// </summary>
internal static class BudgetFigure
{
    public static FigureImage Of(IReadOnlyList<BudgetLine> lines, int year, string what)
    {
        ArgumentNullException.ThrowIfNull(lines);

        return new FigureImage(
            ProgramBudgetChart.RenderPng(lines, $"Pagu dan realisasi anggaran per {what}"),
            $"Grafik anggaran per {what}",
            $"Pagu dan Realisasi Anggaran per {TitleCase(what)} Tahun {year}",
            AltText(lines, year, what),
            (decimal)ProgramBudgetChart.Height / ProgramBudgetChart.Width);
    }

    private static string AltText(IReadOnlyList<BudgetLine> lines, int year, string what)
    {
        var figures = lines.Select(p => $"{p.Code} {p.Name}: pagu {IndonesianFormat.Rupiah(p.Pagu)}, realisasi "
            + $"{IndonesianFormat.Rupiah(p.Realisasi)}, serapan {FigureText.Percent(p.Absorption)}%");
        return $"Grafik batang pagu dan realisasi anggaran per {what} tahun {year}. {string.Join("; ", figures)}.";
    }

    private static string TitleCase(string words) =>
        string.Join(' ', words.Split(' ').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
