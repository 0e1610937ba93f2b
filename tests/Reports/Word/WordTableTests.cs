using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Tests.Word;

public sealed class WordTableTests
{
    private static readonly TableColumn[] Columns = [TableColumn.Center("No", 1m), TableColumn.Left("Nama", 4m)];

    [Fact]
    public void AddRow_FewerCellsThanColumns_Throws()
    {
        var table = new WordTable(Columns);

        var error = Assert.Throws<ArgumentException>(() => table.AddRow("1"));

        Assert.Contains("must span 2 columns; this one spans 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SpanningCell_SetsGridSpanAndCombinedWidth()
    {
        var table = new WordTable(Columns).AddRow([new TableCellText("Jumlah") { Span = 2 }]);

        var cell = table.Build().Elements<TableRow>().Last().Elements<TableCell>().Single();

        Assert.Equal(2, cell.TableCellProperties!.GridSpan!.Val!.Value);
        Assert.Equal("2835", cell.TableCellProperties.TableCellWidth!.Width!.Value);
    }

    [Fact]
    public void Build_Grid_MatchesTheTableWidth()
    {
        var table = new WordTable(Columns).Build();

        var grid = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>()
            .Sum(c => int.Parse(c.Width!.Value!, CultureInfo.InvariantCulture));
        var width = table.GetFirstChild<TableProperties>()!.TableWidth!.Width!.Value;

        Assert.Equal(grid.ToString(CultureInfo.InvariantCulture), width);
    }
}
