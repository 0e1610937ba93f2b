using SakipAnalytics.Model.Analysis.Lkjip;
using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>
/// The program and activity indicators behind an IKU (<c>kaskade</c>), each with its result
/// and the budget of the sub kegiatan mapped to it (<c>efisiensi</c>).
/// </summary>
internal static class CascadeTable
{
    private const decimal IndentPerLevelCm = 0.3m;

    public static WordTable Build(IReadOnlyList<CascadeLine> cascade)
    {
        ArgumentNullException.ThrowIfNull(cascade);

        var table = new WordTable(
        [
            TableColumn.Left("Indikator (Unit)", 4.1m),
            TableColumn.Center("Realisasi", 1.7m), TableColumn.Center("Capaian (%)", 1.6m),
            TableColumn.Right("Pagu (Rp)", 2.5m), TableColumn.Right("Realisasi Anggaran (Rp)", 2.5m),
            TableColumn.Right("Serapan (%)", 1.6m),
        ]);
        foreach (var line in cascade)
            table.AddRow(Row(line));
        return table;
    }

    private static TableCellText[] Row(CascadeLine line) =>
    [
        new($"{line.Jenis} {line.Code} {line.Name} ({line.UnitCode})") { IndentCm = (line.Depth - 1) * IndentPerLevelCm },
        new(FigureText.Of(line.Realisasi, line.RealisasiGrade)),
        new(FigureText.Percent(line.Capaian)),
        new(FigureText.Money(line.Spending?.Pagu)),
        new(FigureText.Money(line.Spending?.Spent)),
        new(FigureText.Percent(line.Spending?.Absorption)),
    ];
}
