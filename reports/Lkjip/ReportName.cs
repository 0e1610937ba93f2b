namespace SakipAnalytics.Reports.Lkjip;

/// <summary>
/// How the report names itself and its indicators in running text: the office's LKjIP and its
/// IKU, or a unit's Laporan Kinerja and its own indicators.
/// </summary>
internal static class ReportName
{
    /// <summary>"Laporan Kinerja Instansi Pemerintah (LKjIP) Dinas ... Tahun 2024" or "Laporan Kinerja UPTD ... Tahun 2024".</summary>
    public static string Full(LkjipDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);

        return draft.Facts.Scope.IsUnit
            ? $"Laporan Kinerja {draft.Owner} Tahun {draft.Year}"
            : $"Laporan Kinerja Instansi Pemerintah (LKjIP) {draft.OfficeName} Tahun {draft.Year}";
    }

    /// <summary>"indikator kinerja utama (IKU)" or "indikator kinerja", for the first mention.</summary>
    public static string IndicatorsIntroduced(LkjipDraft draft) =>
        draft.Facts.Scope.IsUnit ? draft.IndicatorTerm : $"{draft.IndicatorTerm} ({draft.IndicatorShortName})";

    /// <summary>The number of indicators the report measures, by its sasaran.</summary>
    public static int IndicatorCount(LkjipDraft draft) => draft.Facts.Sasaran.Sum(s => s.Indicators.Count);
}
