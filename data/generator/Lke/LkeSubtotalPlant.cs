using SakipAnalytics.DataGenerator.Numbers;
using SakipAnalytics.DataGenerator.Plants;

namespace SakipAnalytics.DataGenerator.Lke;

/// <summary>
/// Plant (d): the evaluator scored one sub-component as if one of its answers were a grade
/// higher. The component above and NILAI AKHIR keep the figures the answers give.
/// </summary>
public static class LkeSubtotalPlant
{
    public static LkeWorksheet Apply(LkeWorksheet worksheet, string fileName, PlantLog log)
    {
        ArgumentNullException.ThrowIfNull(worksheet);
        ArgumentNullException.ThrowIfNull(log);

        var (unit, year, nomor) = Planted.LkeSubtotal;
        if (worksheet.Unit.Kode != unit || worksheet.Year != year)
            return worksheet;

        var node = LkeRubric.AllNodes.Single(n => n.Nomor == nomor);
        var correct = worksheet.Nilai[nomor];
        var shown = Rounding.HalfUp(LkeScores.ScoreOf(node, worksheet.Answers) + (node.Bobot!.Value * 0.25m / node.Children.Count), 2);
        log.Add(Note(node, worksheet, correct, shown, fileName));

        var nilai = worksheet.Nilai.ToDictionary(n => n.Key, n => n.Key == nomor ? shown : n.Value, StringComparer.Ordinal);
        return worksheet with { Nilai = nilai };
    }

    private static PlantedNote Note(LkeNode node, LkeWorksheet worksheet, decimal correct, decimal shown, string fileName)
    {
        var answers = string.Join(", ", node.Children.Select(c => worksheet.Answers[c.Nomor]));
        return new PlantedNote(
            'd',
            "LKE sub-component subtotal that does not match its answers",
            "lke/" + fileName,
            "LKE",
            LkeLayout.RowOf(node.Nomor),
            "E (Nilai)",
            $"Sub-component {node.Nomor} {node.Uraian} (weight {AngkaIndonesia.Text(node.Bobot!.Value)}) has answers {answers}, " +
            $"which give {AngkaIndonesia.Text(correct, 2)}; the evaluator wrote {AngkaIndonesia.Text(shown, 2)} " +
            $"(as if one answer were a grade higher). Component {node.Nomor[..1]} and NILAI AKHIR " +
            $"({AngkaIndonesia.Text(worksheet.NilaiAkhir, 2)}) keep the values the answers give.");
    }
}
