using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>The appendices: the source files behind the figures, and the signed PK the planner attaches.</summary>
internal static class Lampiran
{
    private const string Chapter = "L";

    public static void Append(LkjipDraft draft)
    {
        draft.Append(Heading.Chapter("LAMPIRAN"), Heading.Section("Lampiran 1 Daftar Berkas Sumber Data"));
        AppendSources(draft);

        draft.Append(Heading.Section("Lampiran 2 Perjanjian Kinerja"));
        draft.AppendPlaceholder($"salinan Perjanjian Kinerja Tahun {draft.Year} yang telah ditandatangani");
    }

    private static void AppendSources(LkjipDraft draft)
    {
        var files = draft.Facts.SourceFiles;
        if (files.Count == 0)
        {
            draft.AppendPlain("Tidak ada berkas sumber yang tercatat.");
            return;
        }

        draft.AppendPlain($"Angka dalam laporan ini dihitung dari {files.Count} berkas pada "
            + $"Tabel {draft.NextTableNumber(Chapter)}.");
        var table = new WordTable([TableColumn.Center("No", 0.8m), TableColumn.Left("Nama Berkas", 13.2m)]);
        foreach (var (file, index) in files.Select((f, i) => (f, i + 1)))
            table.AddRow($"{index}", file);
        draft.AppendTable(Chapter, "Berkas Sumber Data", table);
    }
}
