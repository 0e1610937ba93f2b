using SakipAnalytics.Dashboards.Charts;
using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Analysis.Lkjip;
using SakipAnalytics.Model.Capaian;
using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>
/// Bab III A: per sasaran, the numbered table of its IKU and the mean capaian; per IKU, the
/// generated analysis, its causes (or a placeholder) and its trend figure.
/// </summary>
internal static class CapaianKinerja
{
    private const string Chapter = AkuntabilitasKinerja.Chapter;

    public static void Append(LkjipDraft draft)
    {
        draft.Append(Heading.Section("A. Capaian Kinerja Organisasi"));
        draft.AppendPlain(MeasurementMethod.Formulas);
        draft.AppendPlain(MeasurementMethod.Settings(draft.Facts.Settings));
        if (UnreportedText.Of(draft.Facts, draft.Year) is { } unreported)
            draft.AppendPlain(unreported);

        foreach (var (sasaran, index) in SasaranInPkOrder(draft.Facts).Select((s, i) => (s, i + 1)))
        {
            if (sasaran.Indicators.Count == 0)
                AppendUnmeasured(draft, sasaran, index);
            else
                AppendSasaran(draft, sasaran, index);
        }
    }

    /// <summary>
    /// Every sasaran of the PK in its order, those with no December result among them (empty), so the
    /// numbering matches Bab II; then any measured sasaran the PK lacks.
    /// </summary>
    private static IEnumerable<SasaranResult> SasaranInPkOrder(LkjipFacts facts)
    {
        var measured = facts.Sasaran.ToDictionary(s => s.Code, StringComparer.Ordinal);
        var inPk = facts.Agreement.Select(a => (a.SasaranCode, a.SasaranName)).Distinct().ToList();
        return inPk
            .Select(p => measured.GetValueOrDefault(p.SasaranCode) ?? new SasaranResult(p.SasaranCode, p.SasaranName, []))
            .Concat(facts.Sasaran.Where(s => !inPk.Exists(p => p.SasaranCode == s.Code)));
    }

    private static void AppendUnmeasured(LkjipDraft draft, SasaranResult sasaran, int number)
    {
        var codes = UnreportedText.Lines(draft.Facts).Where(a => a.SasaranCode == sasaran.Code).Select(a => a.Code).ToList();
        draft.Append(Heading.Subsection($"Sasaran {number}: {sasaran.Name}"));
        draft.AppendPlain($"Realisasi Desember {draft.Year} untuk seluruh indikator sasaran ini ({IndonesianList.Join(codes)}) "
            + "belum dilaporkan, sehingga capaian sasaran ini belum dapat diukur.");
    }

    private static void AppendSasaran(LkjipDraft draft, SasaranResult sasaran, int number)
    {
        draft.Append(Heading.Subsection($"Sasaran {number}: {sasaran.Name}"));
        var unreported = UnreportedText.Lines(draft.Facts).Where(a => a.SasaranCode == sasaran.Code);
        draft.AppendText($"Sasaran ini diukur dengan {sasaran.Indicators.Count} {draft.IndicatorTerm}. Capaian "
            + $"setiap indikator pada tahun {draft.Year} disajikan pada ", draft.NextTable(Chapter), "."
            + UnreportedText.Caveat(unreported, draft.Year));

        var table = CapaianTable.Build(sasaran, draft.Year, draft.Facts.Settings);
        draft.AppendTable(Chapter, $"Capaian {draft.IndicatorShortName} Sasaran {sasaran.Name} Tahun {draft.Year}", table);
        AppendKeterangan(draft, sasaran);
        draft.AppendPlain(SasaranSummary.Mean(sasaran, draft.Year, draft.Facts.Settings));

        foreach (var indicator in sasaran.Indicators)
            AppendIndicator(draft, indicator);
    }

    private static void AppendKeterangan(LkjipDraft draft, SasaranResult sasaran)
    {
        if (sasaran.Indicators.All(i => i.Capaian.IsComputable))
            return;

        draft.AppendPlain("Keterangan: tanda \"-\" berarti nilai tidak tersedia atau capaian tidak dapat dihitung; "
            + "alasannya diuraikan pada analisis indikator yang bersangkutan.");
    }

    private static void AppendIndicator(LkjipDraft draft, IndicatorResult indicator)
    {
        var analysis = draft.Facts.AnalysisOf(indicator.Code);

        draft.Append(
            BodyText.Label($"{indicator.Code} {indicator.Name}"),
            BodyText.Plain(IndicatorNarrative.Compose(indicator, draft.Facts.Settings, AgreementOf(draft, indicator))));
        if (HutangKinerjaText.Of(indicator, analysis.Annual) is { } debt)
            draft.AppendPlain(debt);
        if (DataNote.Of(indicator, draft.Facts.Findings) is { } note)
            draft.AppendPlain(note);

        AppendYears(draft, indicator, analysis);
        AppendComparators(draft, indicator, analysis);
        draft.Append(CauseParagraph.For(indicator));
        var efficiency = EfficiencyText.Of(
            indicator, analysis.Efficiency, yearEndLra: draft.Facts.BudgetMonth == 12, withCascade: analysis.Cascade.Count > 0);
        draft.Append(BodyText.LeadIn("Efisiensi penggunaan sumber daya.", efficiency));
        AppendCascade(draft, indicator, analysis);
    }

    private static void AppendYears(LkjipDraft draft, IndicatorResult indicator, IkuAnalysis analysis)
    {
        var series = draft.Facts.Series.FirstOrDefault(s => s.Code == indicator.Code);
        var chart = series is not null && LkjipTrendChart.CanDraw(series);
        var table = SeriesTable.HasYears(analysis, indicator.Year);
        if (!table && !chart)
        {
            draft.AppendPlain("Data target dan realisasi tahun-tahun sebelumnya untuk indikator ini belum tersedia.");
            return;
        }

        draft.Append(BodyText.LeadIn("Perkembangan antartahun.", YearsSentence(draft, indicator, table, chart)));
        if (table)
        {
            draft.AppendTable(
                Chapter, $"Perkembangan Capaian {indicator.Code} {indicator.Name}", SeriesTable.Build(analysis, indicator.Year));
        }

        if (chart)
            draft.AppendFigure(Chapter, TrendFigure.Of(series!));
    }

    private static TextPart[] YearsSentence(LkjipDraft draft, IndicatorResult indicator, bool table, bool chart)
    {
        TextPart[] where = (table, chart) switch
        {
            (true, true) => [draft.NextTable(Chapter), " dan ", draft.NextFigure(Chapter)],
            (true, false) => [draft.NextTable(Chapter)],
            _ => [draft.NextFigure(Chapter)],
        };
        return [$"Target dan realisasi {indicator.Code} sejak kondisi awal Renstra disajikan pada ", .. where, "."];
    }

    private static void AppendComparators(LkjipDraft draft, IndicatorResult indicator, IkuAnalysis analysis)
    {
        if (analysis.Comparators.Count == 0)
            return;

        var text = ComparatorText.Of(indicator, analysis.Comparators, draft.NextTable(Chapter));
        draft.Append(BodyText.LeadIn("Perbandingan dengan standar dan instansi lain.", [.. text]));
        draft.AppendTable(Chapter, $"Perbandingan {indicator.Code} dengan Target RPJMD, Standar dan Instansi Sejenis "
            + $"Tahun {indicator.Year}", ComparatorTable.Build(analysis.Comparators, indicator.Year));
    }

    private static void AppendCascade(LkjipDraft draft, IndicatorResult indicator, IkuAnalysis analysis)
    {
        if (analysis.Cascade.Count == 0 && indicator.Jenis != "IKU")
            return;

        if (analysis.Cascade.Count == 0)
        {
            draft.Append(BodyText.LeadIn("Program dan kegiatan pendukung.", $"Indikator program dan kegiatan di bawah "
                + $"{indicator.Code} belum tercantum pada data referensi perencanaan."));
            return;
        }

        var budget = analysis.Cascade.Any(c => c.Spending?.Pagu is not null) ? " beserta anggarannya" : "";
        draft.Append(BodyText.LeadIn("Program dan kegiatan pendukung.", $"Capaian {indicator.Code} didukung oleh "
            + $"{analysis.Cascade.Count} indikator program dan kegiatan{budget} sebagaimana ",
            draft.NextTable(Chapter), "."));
        draft.AppendTable(Chapter, $"Indikator Program dan Kegiatan Pendukung {indicator.Code} Tahun {indicator.Year}",
            CascadeTable.Build(analysis.Cascade));
        if (analysis.Cascade.Any(c => c.Realisasi is null && c.RealisasiGrade is null))
            draft.AppendPlain($"Tanda \"-\" pada kolom realisasi berarti unit penanggung jawabnya belum melaporkan capaian "
                + $"Desember {indicator.Year}.");
        if (analysis.Cascade.Any(c => c.TargetVersion == TargetSource.Perubahan))
            draft.AppendPlain($"Target bertanda (Perubahan) adalah target hasil revisi pada PK Perubahan Tahun {indicator.Year} "
                + "yang berlaku pada akhir tahun.");
        if (analysis.Cascade.Any(c => c.Depth > 1))
            draft.AppendPlain("Pagu indikator program pada tabel tersebut telah mencakup pagu indikator kegiatan di bawahnya, "
                + "sehingga kolom pagu tidak untuk dijumlahkan.");
    }

    private static AgreementLine? AgreementOf(LkjipDraft draft, IndicatorResult indicator) =>
        draft.Facts.Agreement.FirstOrDefault(a => a.Code == indicator.Code);
}
