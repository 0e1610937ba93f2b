using SakipAnalytics.Model.Analysis.Lkjip;
using SakipAnalytics.Model.Formatting;
using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>
/// The year's Perjanjian Kinerja: each indicator under its sasaran with the PK Murni target, the
/// PK Perubahan target and its date where the agreement was revised, and the indicative budget,
/// closed by the budget's total.
/// </summary>
internal static class AgreementTable
{
    private const int LabelSpan = 6;

    public static string Title(int year) => $"Perjanjian Kinerja Tahun {year}";

    public static WordTable Build(IReadOnlyList<AgreementLine> lines, string indicatorHeader)
    {
        ArgumentNullException.ThrowIfNull(lines);

        var table = new WordTable(
        [
            TableColumn.Center("No", 0.8m), TableColumn.Left("Sasaran Strategis", 2.5m), TableColumn.Left(indicatorHeader, 2.9m),
            TableColumn.Center("Satuan", 1.6m), TableColumn.Center("Target PK Murni", 1.4m),
            TableColumn.Center("Target PK Perubahan", 1.9m), TableColumn.Right("Pagu Indikatif (Rp)", 2.9m),
        ]);
        foreach (var (line, index) in lines.Select((l, i) => (l, i)))
            table.AddRow(Row(line, index + 1, FirstOfSasaran(lines, index)));
        return table.AddRow(TotalRow(lines));
    }

    /// <summary>The revised target with the date it applies from: "22 (1 Juli 2025)"; "-" when not revised.</summary>
    public static string Revised(AgreementLine line)
    {
        ArgumentNullException.ThrowIfNull(line);

        if (line.RevisedTarget is null)
            return ValueText.Missing;

        var target = AgreementTargetText.Of(line.RevisedTarget);
        return line.RevisedFrom is { } from ? $"{target} ({IndonesianFormat.Date(from)})" : target;
    }

    public static decimal TotalPagu(IEnumerable<AgreementLine> lines) => lines.Sum(l => l.PaguIndikatif ?? 0m);

    private static bool FirstOfSasaran(IReadOnlyList<AgreementLine> lines, int index) =>
        index == 0 || lines[index - 1].SasaranCode != lines[index].SasaranCode;

    private static TableCellText[] Row(AgreementLine line, int number, bool first) =>
    [
        new($"{number}"),
        new(line.SasaranName) { Merge = first ? CellMerge.Start : CellMerge.Continue },
        new($"{line.Code} {line.Name}"),
        new(line.Satuan.Trim()),
        new(AgreementTargetText.Of(line.MurniTarget)),
        new(Revised(line)),
        new(FigureText.Money(line.PaguIndikatif)),
    ];

    private static TableCellText[] TotalRow(IReadOnlyList<AgreementLine> lines) =>
    [
        new("Jumlah pagu indikatif") { Span = LabelSpan, Bold = true },
        new(lines.Any(l => l.PaguIndikatif is not null) ? IndonesianFormat.Number(TotalPagu(lines), 0) : ValueText.Missing) { Bold = true },
    ];
}
