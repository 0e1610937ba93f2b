namespace SakipAnalytics.Ingest.Loading;

/// <summary>The office-wide unit (jenis dinas) that owns the LRA and e-Monev files.</summary>
internal static class OfficeUnit
{
    public static string? Of(LoadContext context)
    {
        if (context.Reference.OfficeUnit is null)
        {
            context.Findings.Error(
                "Workbook referensi belum termuat atau tidak memiliki unit berjenis 'dinas' sebagai pemilik berkas ini", null, null,
                expected: "workbook referensi dengan satu baris Jenis = dinas di sheet Unit Kerja");
        }

        return context.Reference.OfficeUnit;
    }
}
