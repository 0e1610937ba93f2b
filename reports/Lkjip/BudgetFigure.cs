using SakipAnalytics.Dashboards.Charts;
using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Formatting;
using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>The Bab III B chart of pagu and realisasi per program, with an alternative text carrying the figures.</summary>
internal static class BudgetFigure
{
    public static FigureImage Of(IReadOnlyList<BudgetLine> programs, int year)
    {
        ArgumentNullException.ThrowIfNull(programs);

        return new FigureImage(
            ProgramBudgetChart.RenderPng(programs),
            "Grafik anggaran per program",
            $"Pagu dan Realisasi Anggaran per Program Tahun {year}",
            AltText(programs, year),
            (decimal)ProgramBudgetChart.Height / ProgramBudgetChart.Width);
    }

    private static string AltText(IReadOnlyList<BudgetLine> programs, int year)
    {
        var lines = programs.Select(p => $"{p.Code} {p.Name}: pagu {IndonesianFormat.Rupiah(p.Pagu)}, realisasi "
            + $"{IndonesianFormat.Rupiah(p.Realisasi)}, serapan {FigureText.Percent(p.Absorption)}%");
        return $"Grafik batang pagu dan realisasi anggaran per program tahun {year}. {string.Join("; ", lines)}.";
    }
}
