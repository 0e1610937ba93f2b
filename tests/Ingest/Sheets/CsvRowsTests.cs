using SakipAnalytics.Ingest.Sheets;
using SakipAnalytics.Ingest.Tests.Fixtures;

namespace SakipAnalytics.Ingest.Tests.Sheets;

public sealed class CsvRowsTests
{
    [Fact]
    public void DetectDelimiter_SemicolonFileWithDecimalCommas_IsSemicolon()
    {
        using var temp = new TempFolder();
        var path = temp.Write("a.csv", "Judul\nNo;Kode;Nilai\n1;A;10,98\n");

        Assert.Equal(";", CsvRows.DetectDelimiter(path));
    }

    [Fact]
    public void DetectDelimiter_CommaFileWithQuotedDecimals_IsComma()
    {
        using var temp = new TempFolder();
        var path = temp.Write("a.csv", "Judul\nNo,Kode,Nilai\n1,A,\"10,98\"\n");

        Assert.Equal(",", CsvRows.DetectDelimiter(path));
    }

    [Fact]
    public void Sheets_CsvWithBomAndCrlf_GivesRowsNumberedAsLines()
    {
        using var temp = new TempFolder();
        var path = temp.WriteBytes("a.csv", [0xEF, 0xBB, 0xBF, .. "Judul\r\n\r\nNo;Kode\r\n1;A\r\n"u8.ToArray()]);
        using var file = SpreadsheetFile.Open(path);

        var rows = file.FirstSheet().Rows.ToList();

        Assert.Equal("Judul", rows[0].Text(0));
        Assert.Equal(3, rows.First(r => r.Text(0) == "No").Number);
        Assert.Equal("A", rows[3].Text(1));
    }

    [Fact]
    public void DetectDelimiter_CommaFileWithSemicolonsInItsText_IsComma()
    {
        using var temp = new TempFolder();
        var path = temp.Write("a.csv", "Judul\nNo,Kode,Nilai,Kendala\n1,A,\"10,98\",dana; SDM; sarana\n2,B,5,-\n");

        Assert.Equal(",", CsvRows.DetectDelimiter(path));
    }

    [Fact]
    public void Sheets_Windows1252File_IsReadWithANoteSayingSo()
    {
        using var temp = new TempFolder();
        var path = temp.WriteBytes("a.csv", [.. "No;Kendala\n1;Caf"u8.ToArray(), 0xE9, (byte)'\n']);
        using var file = SpreadsheetFile.Open(path);

        var sheet = file.FirstSheet();

        Assert.Equal("Café", sheet.Rows.ElementAt(1).Text(1));
        Assert.Contains("Windows-1252", sheet.Note, StringComparison.Ordinal);
    }
}
