using SakipAnalytics.Ingest.Findings;
using SakipAnalytics.Ingest.Layout;
using SakipAnalytics.Ingest.Parsing;
using SakipAnalytics.Ingest.Referensi;

namespace SakipAnalytics.Ingest.Loading;

/// <summary>Reads who and when a file is about from its title lines, reporting what is missing or unknown.</summary>
internal static class FileHeader
{
    public static string? Unit(LocatedSheet sheet, ReferenceIndex reference, FindingList findings)
    {
        var named = sheet.TitleLines.Select(TitleLines.Unit).FirstOrDefault(u => u is not null);
        if (named is null)
        {
            findings.Error(
                "Baris judul 'Unit Kerja : ...' tidak ditemukan", sheet.SheetName, null,
                expected: "baris 'Unit Kerja : <nama unit>' di atas tabel");
            return null;
        }

        var code = reference.ResolveUnit(named);
        if (code is null)
        {
            findings.Error(
                "Unit kerja tidak dikenal oleh workbook referensi", sheet.SheetName, null, "Unit Kerja", named,
                "nama atau kode unit dari sheet Unit Kerja referensi");
        }

        return code;
    }

    public static (int Year, int Month)? Period(LocatedSheet sheet, FindingList findings)
    {
        var period = sheet.TitleLines.Select(TitleLines.Period).FirstOrDefault(p => p is not null);
        if (period is not null)
            return period;

        var mentioned = sheet.TitleLines.FirstOrDefault(TitleLines.MentionsPeriod);
        findings.Error(
            mentioned is null ? "Baris judul periode laporan tidak ditemukan" : "Periode laporan tidak dapat dibaca",
            sheet.SheetName,
            null,
            found: mentioned,
            expected: "'Bulan : Maret 2026' atau 'Periode : 1 Januari 2026 s.d. 31 Maret 2026'");
        return null;
    }
}
