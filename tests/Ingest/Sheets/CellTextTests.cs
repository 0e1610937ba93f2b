using SakipAnalytics.Ingest.Sheets;

namespace SakipAnalytics.Ingest.Tests.Sheets;

public sealed class CellTextTests
{
    [Fact]
    public void Clean_LineBreakPastedFromWord_BecomesANewLine()
    {
        Assert.Equal("Anggaran terlambat\nSDM kurang", CellText.Clean("Anggaran terlambat\vSDM kurang"));
    }

    [Fact]
    public void Clean_WindowsLineBreak_BecomesOneNewLine()
    {
        Assert.Equal("baris satu\nbaris dua", CellText.Clean("baris satu\r\nbaris dua"));
    }

    [Fact]
    public void Clean_OtherControlCharactersAndTabs_AreDroppedOrSpaced()
    {
        Assert.Equal("a b c", CellText.Clean("a\tb \u0001c\u0007"));
    }

    [Fact]
    public void Clean_OnlyControlsAndSpaces_IsNull()
    {
        Assert.Null(CellText.Clean(" \v\u0002 "));
    }
}
