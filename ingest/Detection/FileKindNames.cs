namespace SakipAnalytics.Ingest.Detection;

/// <summary>The stored and printed names of file kinds.</summary>
public static class FileKindNames
{
    public static string Code(FileKind kind) => kind switch
    {
        FileKind.Referensi => "referensi",
        FileKind.Capaian => "capaian",
        FileKind.Lra => "lra",
        FileKind.Emonev => "emonev",
        FileKind.Lke => "lke",
        _ => "unknown",
    };

    public static string Indonesian(FileKind kind) => kind switch
    {
        FileKind.Referensi => "workbook referensi kinerja",
        FileKind.Capaian => "laporan capaian kinerja",
        FileKind.Lra => "laporan realisasi anggaran (LRA)",
        FileKind.Emonev => "laporan e-Monev RFK",
        FileKind.Lke => "lembar kerja evaluasi (LKE)",
        _ => "berkas tidak dikenal",
    };
}
