using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>
/// Bab II: the Renstra summarised (kondisi awal, yearly and end targets of each indicator, the
/// vision and mission as placeholders) and the year's Perjanjian Kinerja with its revisions, the PK
/// version the capaian is measured against and the indicative budget.
/// </summary>
internal static class PerencanaanKinerja
{
    public const string Chapter = "2";

    public static void Append(LkjipDraft draft)
    {
        draft.Append(Heading.Chapter("BAB II PERENCANAAN KINERJA"));
        Renstra(draft);
        PerjanjianKinerja(draft);
    }

    /// <summary>The header of the indicator column: "Indikator Kinerja Utama" or, for a unit, "Indikator Kinerja".</summary>
    public static string IndicatorHeader(LkjipDraft draft) => draft.Facts.Scope.IsUnit ? "Indikator Kinerja" : "Indikator Kinerja Utama";

    private static void Renstra(LkjipDraft draft)
    {
        draft.Append(Heading.Section("A. Rencana Strategis"));
        draft.AppendPlain(RenstraIntro(draft));
        draft.AppendPlaceholder($"visi dan misi, tujuan, serta sasaran strategis Renstra {draft.OfficeName} beserta "
            + "keterkaitannya dengan RPJMD");
        if (!RenstraTable.Indicators(draft.Facts).Any())
        {
            draft.AppendPlain("Data kondisi awal dan target Renstra belum tersedia.");
            return;
        }

        var table = RenstraTable.Build(draft.Facts, IndicatorHeader(draft));
        draft.AppendText(RenstraTableLead(draft), draft.NextTable(Chapter), ".");
        draft.AppendTable(Chapter, "Kondisi Awal, Target Tahunan, dan Target Akhir Renstra", table);
        if (RenstraTable.HasGaps(draft.Facts))
            draft.AppendPlain("Tanda \"-\" menunjukkan nilai yang tidak tercantum dalam Renstra.");
    }

    private static string RenstraIntro(LkjipDraft draft) => draft.Facts.Scope.IsUnit
        ? $"Kinerja {draft.Owner} mengacu pada Rencana Strategis (Renstra) {draft.OfficeName}, dokumen perencanaan lima "
          + "tahunan yang menjabarkan visi dan misi kepala daerah ke dalam tujuan, sasaran, program, dan kegiatan beserta "
          + "indikator kinerja dan targetnya."
        : $"Rencana Strategis (Renstra) {draft.OfficeName} merupakan dokumen perencanaan lima tahunan yang menjabarkan "
          + "visi dan misi kepala daerah ke dalam tujuan, sasaran strategis, program, dan kegiatan beserta indikator "
          + "kinerja dan targetnya. Renstra menjadi acuan penyusunan Perjanjian Kinerja setiap tahun.";

    private static string RenstraTableLead(LkjipDraft draft)
    {
        var years = RenstraTable.Years(draft.Facts);
        var baseline = RenstraTable.BaselineYear(draft.Facts) is { } year ? $"Kondisi awal tahun {year}" : "Kondisi awal";
        var yearly = years.Count == 0 ? string.Empty : $"target tahunan Renstra tahun {YearSpan(years)}, ";

        return $"{baseline}, {yearly}dan target akhir Renstra setiap {draft.IndicatorTerm} disajikan pada ";
    }

    private static string YearSpan(IReadOnlyList<int> years) => years.Count == 1 ? $"{years[0]}" : $"{years[0]}–{years[^1]}";

    private static void PerjanjianKinerja(LkjipDraft draft)
    {
        var lines = draft.Facts.Agreement;

        draft.Append(Heading.Section("B. Perjanjian Kinerja"));
        if (lines.Count == 0)
        {
            draft.AppendPlain($"Data Perjanjian Kinerja Tahun {draft.Year} belum tercantum pada data referensi perencanaan.");
            draft.AppendPlaceholder($"sasaran, indikator, target, dan pagu indikatif Perjanjian Kinerja Tahun {draft.Year}");
            return;
        }

        draft.AppendText(AgreementLead(draft), draft.NextTable(Chapter), ".");
        draft.AppendTable(Chapter, AgreementTable.Title(draft.Year), AgreementTable.Build(lines, IndicatorHeader(draft)));
        draft.AppendPlain(AgreementText.Versions(lines, draft.Year, draft.IndicatorTerm));
        draft.AppendPlain(AgreementText.Budget(lines, draft.Year));
    }

    private static string AgreementLead(LkjipDraft draft)
    {
        var sasaran = draft.Facts.Agreement.Select(l => l.SasaranCode).Distinct().Count();

        return $"Perjanjian Kinerja (PK) Tahun {draft.Year} merupakan pernyataan kesanggupan {draft.Owner} untuk mewujudkan "
            + $"target kinerja tahunan sesuai Renstra dengan dukungan anggaran yang tersedia. PK Tahun {draft.Year} memuat "
            + $"{sasaran} sasaran dan {draft.Facts.Agreement.Count} {draft.IndicatorTerm} sebagaimana tercantum pada ";
    }
}
