using SakipAnalytics.Model.Analysis.Lkjip;
using SakipAnalytics.Model.Capaian;
using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>
/// The program and activity indicators behind an IKU (<c>kaskade</c>), each with its target, result
/// and the budget of the sub kegiatan behind it (<c>efisiensi</c>); a program indicator's budget
/// includes that of the activity indicators under it.
/// </summary>
internal static class CascadeTable
{
    private const decimal IndentPerLevelCm = 0.3m;

    public static WordTable Build(IReadOnlyList<CascadeLine> cascade)
    {
        ArgumentNullException.ThrowIfNull(cascade);

        var table = new WordTable(
        [
            TableColumn.Left("Indikator (Unit Kerja)", 4.5m), TableColumn.Center("Target", 1.4m),
            TableColumn.Center("Realisasi", 1.8m), TableColumn.Center("Capaian (%)", 1.6m),
            TableColumn.Right("Pagu (Rp)", 3m), TableColumn.Right("Serapan (%)", 1.7m),
        ]);
        foreach (var line in cascade)
            table.AddRow(Row(line));
        return table;
    }

    private static TableCellText[] Row(CascadeLine line) =>
    [
        new($"{line.Jenis} {line.Code} {line.Name} ({line.UnitCode})") { IndentCm = (line.Depth - 1) * IndentPerLevelCm },
        new(Target(line)),
        new(FigureText.Of(line.Realisasi, line.RealisasiGrade)),
        new(FigureText.Percent(line.Capaian)),
        new(FigureText.Money(line.Spending?.Pagu)),
        new(FigureText.Percent(line.Spending?.Absorption)),
    ];

    /// <summary>The target, marked "(Perubahan)" when a PK revision set it, as the series table marks it.</summary>
    private static string Target(CascadeLine line) => line.TargetVersion == TargetSource.Perubahan
        ? $"{ValueText.Of(line.Target)} (Perubahan)"
        : ValueText.Of(line.Target);
}
