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
        var line = sheet.TitleLines.FirstOrDefault(t => TitleLines.Unit(t.Text) is not null);
        if (line is null)
        {
            findings.Error(
                "Baris judul 'Unit Kerja : ...' tidak ditemukan", sheet.SheetName, sheet.HeaderRow,
                expected: "baris 'Unit Kerja : <nama unit>' di atas baris judul kolom");
            return null;
        }

        var named = TitleLines.Unit(line.Text)!;
        var code = reference.ResolveUnit(named);
        if (code is null && reference.IsEmpty)
        {
            findings.Error(
                "Workbook referensi belum termuat, sehingga unit kerja belum dapat dikenali", sheet.SheetName, line.Row,
                found: named,
                expected: "workbook referensi yang valid dimuat lebih dulu; berkas ini dibaca ulang pada proses berikutnya");
        }
        else if (code is null)
        {
            findings.Error(
                "Unit kerja tidak dikenal oleh workbook referensi", sheet.SheetName, line.Row, found: named,
                expected: "nama atau kode unit dari sheet Unit Kerja referensi");
        }

        return code;
    }

    public static (int Year, int Month)? Period(LocatedSheet sheet, DateOnly today, FindingList findings)
    {
        var line = sheet.TitleLines.FirstOrDefault(t => TitleLines.Period(t.Text) is not null);
        if (line is null)
        {
            ReportMissingPeriod(sheet, findings);
            return null;
        }

        var period = TitleLines.Period(line.Text)!.Value;
        if (period.Year * 12 + period.Month <= today.Year * 12 + today.Month)
            return period;

        findings.Error(
            "Periode laporan berada di masa depan", sheet.SheetName, line.Row, found: line.Text,
            expected: $"bulan yang sudah berjalan (paling lambat {today.Month:00}/{today.Year})");
        return null;
    }

    private static void ReportMissingPeriod(LocatedSheet sheet, FindingList findings)
    {
        var mentioned = sheet.TitleLines.FirstOrDefault(t => TitleLines.MentionsPeriod(t.Text));
        findings.Error(
            mentioned is null ? "Baris judul periode laporan tidak ditemukan" : "Periode laporan tidak dapat dibaca",
            sheet.SheetName,
            mentioned?.Row ?? sheet.HeaderRow,
            found: mentioned?.Text,
            expected: "nama bulan dan tahun dalam angka, misalnya 'Bulan : Maret 2026' atau "
                + "'Periode : 1 Januari 2026 s.d. 31 Maret 2026'");
    }
}
