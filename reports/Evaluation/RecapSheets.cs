using SakipAnalytics.Model.Evaluation;
using SpreadCheetah;

namespace SakipAnalytics.Reports.Evaluation;

/// <summary>
/// The data sheets of the recap workbook: the ranking, every unit's sub-component scores in long
/// format, the evaluator figures that differ, and the "Capaian Kinerja" checks.
/// </summary>
internal static class RecapSheets
{
    public static IEnumerable<RecapSheet> All(OfficeEvaluation evaluation, RecapCells cells)
    {
        yield return Ranking(evaluation, cells);
        yield return SubComponents(evaluation, cells);
        yield return Differences(evaluation, cells);
        yield return Checks(evaluation, cells);
    }

    private static RecapSheet Ranking(OfficeEvaluation evaluation, RecapCells cells)
    {
        var components = ComponentColumns.Of(evaluation);
        string[] headers =
        [
            "Peringkat", "Kode unit", "Unit", "Rubrik", "Nilai akhir", "Predikat", "Keterangan predikat",
            .. components.Components.Select(c => $"{ComponentColumns.Header(c.Key)} {Titles(c)}"),
            $"Nilai {evaluation.Year - 1}", $"Predikat {evaluation.Year - 1}", "Perubahan",
        ];
        return new RecapSheet("Peringkat", headers, [.. evaluation.Units.Select(u => RankingRow(u, components, cells))]);
    }

    private static string Titles(IEnumerable<RubricNode> versions) => string.Join(" / ", versions.Select(n => n.Title));

    private static Cell[] RankingRow(UnitEvaluation unit, ComponentColumns components, RecapCells cells) =>
    [
        cells.Plain(unit.Rank), RecapCells.Text(unit.UnitCode), RecapCells.Text(unit.UnitName),
        RecapCells.Text(unit.Result.Rubric.Id), cells.Number(unit.Result.Total), RecapCells.Text(unit.Result.Grade.Grade),
        RecapCells.Text(unit.Result.Grade.Label),
        .. components.Numbers.Select(n => cells.Number(unit.Result.Node(n)?.Score)),
        cells.Number(unit.LastYear?.Total), RecapCells.Text(unit.LastYear?.Grade.Grade), cells.Number(unit.Change),
    ];

    private static RecapSheet SubComponents(OfficeEvaluation evaluation, RecapCells cells) => new(
        "Sub Komponen",
        ["Kode unit", "Unit", "No", "Sub komponen", "Bobot", "Nilai", "Capaian bobot (%)"],
        [
            .. evaluation.Units.SelectMany(u => u.Result.SubComponents.Select(s => (Cell[])
            [
                RecapCells.Text(u.UnitCode), RecapCells.Text(u.UnitName), RecapCells.Text(s.Number), RecapCells.Text(s.Title),
                cells.Number(s.Weight), cells.Number(s.Score), cells.Percent(s.Attainment),
            ])),
        ]);

    private static RecapSheet Differences(OfficeEvaluation evaluation, RecapCells cells) => new(
        "Selisih Evaluator",
        ["Kode unit", "Unit", "Baris", "Nilai evaluator", "Nilai dihitung ulang", "Selisih", "Berkas", "Sheet", "Baris berkas"],
        [
            .. evaluation.Units.SelectMany(u => u.Result.Differences.Select(d => (Cell[])
            [
                RecapCells.Text(u.UnitCode), RecapCells.Text(u.UnitName), RecapCells.Text(d.Name), cells.Number(d.Stated),
                cells.Number(d.Computed), cells.Number(d.Stated - d.Computed), RecapCells.Text(d.Source.FileName),
                RecapCells.Text(d.Source.Sheet), cells.Plain(d.Source.Row),
            ])),
        ]);

    private static RecapSheet Checks(OfficeEvaluation evaluation, RecapCells cells) => new(
        "Uji Capaian Kinerja",
        [
            "Kode unit", "Unit", "Kriteria", "Uji", "Jawaban", "Nilai jawaban (%)", "Bagian menurut data (%)",
            "Jawaban setara data", "Kesimpulan", "Bukti data", "Berkas", "Baris berkas",
        ],
        [.. evaluation.Units.SelectMany(u => u.Checks.Select(c => CheckRow(u, c, cells)))]);

    private static Cell[] CheckRow(UnitEvaluation unit, AnswerCheck check, RecapCells cells) =>
    [
        RecapCells.Text(unit.UnitCode), RecapCells.Text(unit.UnitName), RecapCells.Text(CriterionText.Name(check.Criterion)),
        RecapCells.Text(CheckText.Kind(check.Kind)), RecapCells.Text(check.Criterion.Answer),
        cells.Percent(check.AnswerWorth), cells.Percent(check.Share), RecapCells.Text(check.DataAnswer),
        RecapCells.Text(CheckText.Verdict(check.Verdict)), RecapCells.Text(check.Evidence),
        RecapCells.Text(check.Criterion.Source.FileName), cells.Plain(check.Criterion.Source.Row),
    ];
}
