using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Capaian;
using SakipAnalytics.Model.Formatting;
using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>
/// Bab IV: a conclusion generated from the figures; the way forward from the shortfalls, the units' follow-up
/// and a placeholder for the planner.
/// </summary>
internal static class Penutup
{
    public static void Append(LkjipDraft draft)
    {
        var indicators = draft.Facts.Sasaran.SelectMany(s => s.Indicators).ToList();

        draft.Append(Heading.Chapter("BAB IV PENUTUP"), Heading.Section("A. Kesimpulan"));
        draft.AppendPlain($"Pada tahun {draft.Year}, {draft.Owner} mengukur {indicators.Count} {draft.IndicatorTerm} "
            + $"pada {draft.Facts.Sasaran.Count} sasaran strategis. "
            + Distribution(indicators, draft.Facts.Settings)
            + UnreportedText.Caveat(UnreportedText.Lines(draft.Facts), draft.Year));
        foreach (var sasaran in draft.Facts.Sasaran)
            draft.AppendPlain(SasaranSummary.Mean(sasaran, draft.Year, draft.Facts.Settings));
        AppendBudget(draft);

        draft.Append(Heading.Section("B. Langkah Perbaikan"));
        foreach (var paragraph in ImprovementText.Of(indicators, draft.Facts))
            draft.AppendPlain(paragraph);
        draft.AppendPlaceholder(
            $"kendala umum, langkah perbaikan, dan rencana tindak lanjut untuk tahun {draft.Year + 1}");
    }

    private static string Distribution(List<IndicatorResult> indicators, AnalysisSettings settings)
    {
        var counts = indicators.Select(i => settings.Band(i.Capaian)).ToList();
        var parts = Enum.GetValues<InterpretationBand>()
            .Select(band => (band, count: counts.Count(c => c == band)))
            .Where(x => x.count > 0)
            .Select(x => $"{x.count} indikator berkategori {BandScale.Label(x.band)}")
            .ToList();

        var missing = counts.Count(c => c is null);
        if (missing > 0)
            parts.Add($"{missing} indikator belum dapat dihitung capaiannya");
        return parts.Count == 0 ? string.Empty : $"Dari jumlah tersebut, {IndonesianList.Join(parts)}.";
    }

    private static void AppendBudget(LkjipDraft draft)
    {
        var total = BudgetTotal.Of(draft.Facts.Budget);
        if (total.Absorption is not { } absorption)
            return;

        draft.AppendPlain($"Realisasi anggaran{BudgetPeriod.Until(draft.Facts)} mencapai "
            + $"{IndonesianFormat.Rupiah(total.Realisasi)} atau "
            + $"{IndonesianFormat.Number(absorption)}% dari pagu {IndonesianFormat.Rupiah(total.Pagu)}."
            + (BudgetPeriod.Caveat(draft.Facts) is { } caveat ? " " + caveat : string.Empty));
    }
}
