using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Formatting;
using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>
/// Bab III B: pagu, realisasi and serapan of each program and kegiatan with the total, and a chart of
/// the programs; for a unit, of each sub kegiatan it runs.
/// </summary>
internal static class RealisasiAnggaran
{
    private const string Chapter = AkuntabilitasKinerja.Chapter;
    private const decimal KegiatanIndentCm = 0.3m;
    private const string AbsorptionDiffers = "serapan berbeda dengan LRA";

    public static void Append(LkjipDraft draft)
    {
        var unit = draft.Facts.Scope.IsUnit;
        var lines = draft.Facts.Budget.Where(l => unit == (l.Level == BudgetLevel.SubKegiatan)).ToList();
        var what = unit ? "sub kegiatan" : "program dan kegiatan";

        draft.Append(Heading.Section("B. Realisasi Anggaran"));
        if (lines.Count == 0)
        {
            draft.AppendPlaceholder($"realisasi anggaran per {what} ({WhyNoLines(draft.Facts)})");
            return;
        }

        var total = BudgetTotal.Of(lines);
        draft.AppendText(Summary(draft, total, what), draft.NextTable(Chapter), ".");
        if (BudgetPeriod.Caveat(draft.Facts) is { } caveat)
            draft.AppendPlain(caveat);
        if (!unit && AbsorptionIndicators(draft) is { } differing)
            draft.AppendPlain(differing);
        var title = $"Realisasi Anggaran{BudgetPeriod.Until(draft.Facts)} per {(unit ? "Sub Kegiatan" : "Program dan Kegiatan")} "
            + $"Tahun {draft.Year}";
        draft.AppendTable(Chapter, title, Table(lines, total, unit ? "Sub Kegiatan" : "Program/Kegiatan"));
        AppendChart(draft, lines.Where(l => l.Level == lines.Min(x => x.Level)).ToList(), unit ? "sub kegiatan" : "program");
    }

    /// <summary>
    /// An indicator that measures the office's absorption but whose year-end figure is not the
    /// LRA's would otherwise stand in Bab III A beside a different serapan here, unexplained.
    /// </summary>
    private static string? AbsorptionIndicators(LkjipDraft draft)
    {
        var found = draft.Facts.Findings
            .Where(f => f.Kind == AbsorptionDiffers && f.Year == draft.Year && f.Month == 12 && f.Found is not null)
            .Select(f => f.Found!)
            .ToList();
        return found.Count == 0
            ? null
            : $"Nilai akhir tahun indikator realisasi anggaran yang dilaporkan unit ({IndonesianList.Join(found)}) berbeda "
              + "dengan serapan menurut LRA tersebut; selisihnya tercatat pada Lampiran 3 dan perlu diselaraskan sebelum "
              + "laporan ini difinalkan.";
    }

    // With an LRA of the year loaded, a unit without lines has no sub kegiatan mapped to it.
    private static string WhyNoLines(LkjipFacts facts) => facts.BudgetMonth is null
        ? $"LRA tahun {facts.Year} belum dimuat"
        : facts.Scope.IsUnit
            ? "sub kegiatan unit ini belum dipetakan pada sheet Sub Kegiatan referensi"
            : $"LRA tahun {facts.Year} tidak memuat program dan kegiatan";

    private static void AppendChart(LkjipDraft draft, List<BudgetLine> top, string what)
    {
        var lowest = top.Where(p => p.Absorption is not null).MinBy(p => p.Absorption);
        draft.AppendText($"Perbandingan pagu dan realisasi setiap {what} disajikan pada ", draft.NextFigure(Chapter),
            $". Serapan terendah terdapat pada {lowest?.Code} {lowest?.Name} sebesar {FigureText.Percent(lowest?.Absorption)}%, "
            + "sedangkan efisiensi penggunaan anggaran setiap indikator diuraikan pada analisis indikator di Bagian A.");
        draft.AppendFigure(Chapter, BudgetFigure.Of(top, draft.Year, what));
    }

    private static string Summary(LkjipDraft draft, BudgetTotal total, string what) =>
        $"Pada tahun {draft.Year}, pagu anggaran {draft.Owner} sebesar {IndonesianFormat.Rupiah(total.Pagu)} "
        + $"dengan realisasi{BudgetPeriod.Until(draft.Facts)} {IndonesianFormat.Rupiah(total.Realisasi)} "
        + $"atau serapan {Absorption(total.Absorption)}%. "
        + $"Rincian per {what} disajikan pada ";

    private static WordTable Table(List<BudgetLine> lines, BudgetTotal total, string header)
    {
        var table = new WordTable(
        [
            TableColumn.Left("Kode", 2.6m),
            TableColumn.Left(header, 3.7m),
            TableColumn.Right("Pagu (Rp)", 2.95m),
            TableColumn.Right("Realisasi (Rp)", 2.95m),
            TableColumn.Right("Serapan (%)", 1.8m),
        ]);

        foreach (var line in lines)
            table.AddRow(Row(line));
        return table.AddRow(TotalRow(total));
    }

    private static TableCellText[] Row(BudgetLine line)
    {
        var program = line.Level == BudgetLevel.Program;

        return
        [
            new(line.Code) { Bold = program },
            new(line.Name) { Bold = program, IndentCm = program ? 0m : KegiatanIndentCm },
            new(IndonesianFormat.Number(line.Pagu, 0)) { Bold = program },
            new(IndonesianFormat.Number(line.Realisasi, 0)) { Bold = program },
            new(Absorption(line.Absorption)) { Bold = program },
        ];
    }

    private static TableCellText[] TotalRow(BudgetTotal total) =>
    [
        new("Jumlah") { Span = 2, Bold = true },
        new(IndonesianFormat.Number(total.Pagu, 0)) { Bold = true },
        new(IndonesianFormat.Number(total.Realisasi, 0)) { Bold = true },
        new(Absorption(total.Absorption)) { Bold = true },
    ];

    private static string Absorption(decimal? value) => value is { } v ? IndonesianFormat.Number(v) : ValueText.Missing;
}
