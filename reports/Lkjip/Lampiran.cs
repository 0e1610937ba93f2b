using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>
/// The appendices: the year's Perjanjian Kinerja (a reference to its table in Bab II and a
/// placeholder for the signed document), the source files behind the figures, and the data-quality findings.
/// </summary>
internal static class Lampiran
{
    public const string Chapter = "L";

    public static void Append(LkjipDraft draft)
    {
        draft.Append(Heading.Chapter("LAMPIRAN"));
        AppendAgreement(draft);
        AppendSources(draft);
        QualityAppendix.Append(draft);
    }

    private static void AppendAgreement(LkjipDraft draft)
    {
        draft.Append(Heading.Section($"Lampiran 1 Perjanjian Kinerja Tahun {draft.Year}"));
        var table = draft.Tables.FirstOrDefault(t =>
            t.Caption.Chapter == PerencanaanKinerja.Chapter && t.Title == AgreementTable.Title(draft.Year));
        if (table is not null)
            draft.AppendText($"Sasaran, indikator, target, perubahan target, dan pagu indikatif Perjanjian Kinerja Tahun {draft.Year} "
                + "disajikan pada ", table.Caption, " (Bab II).");

        var revised = draft.Facts.Agreement.Any(a => a.RevisedTarget is not null) ? " beserta Perjanjian Kinerja Perubahan" : "";
        draft.AppendPlaceholder($"pindaian Perjanjian Kinerja Tahun {draft.Year}{revised} yang telah ditandatangani");
    }

    private static void AppendSources(LkjipDraft draft)
    {
        var files = draft.Facts.SourceFiles;

        draft.Append(Heading.Section("Lampiran 2 Daftar Berkas Sumber Data"));
        if (files.Count == 0)
        {
            draft.AppendPlain("Tidak ada berkas sumber yang tercatat.");
            return;
        }

        draft.AppendText($"Angka dalam laporan ini dihitung dari {files.Count} berkas yang tercantum pada ",
            draft.NextTable(Chapter), ".");
        var table = new WordTable([TableColumn.Center("No", 0.8m), TableColumn.Left("Nama Berkas", 13.2m)]);
        foreach (var (file, index) in files.Select((f, i) => (f, i + 1)))
            table.AddRow($"{index}", file);
        draft.AppendTable(Chapter, "Berkas Sumber Data", table);
    }
}
