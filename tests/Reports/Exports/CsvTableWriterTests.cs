using SakipAnalytics.Model.Store;
using SakipAnalytics.Reports.Exports;

namespace SakipAnalytics.Reports.Tests.Exports;

public sealed class CsvTableWriterTests
{
    [Fact]
    public void Write_TextAFormulaWouldRun_IsWrittenInertButFiguresStayAsTheyAre()
    {
        using var store = SakipStore.InMemory();
        using var command = store.Command(
            "SELECT '=HYPERLINK(\"x\")' AS nama, '@SUM(1)' AS sel, '-2+3' AS rumus, '-1,37' AS ditemukan, -2.5 AS angka, "
            + "'Dinas' AS unit");
        using var reader = command.ExecuteReader();
        var output = new StringWriter();

        CsvTableWriter.Write(reader, output);

        var row = output.ToString().Split("\r\n")[1];
        Assert.Equal("\"'=HYPERLINK(\"\"x\"\")\",'@SUM(1),'-2+3,\"-1,37\",-2.5,Dinas", row);
    }
}
