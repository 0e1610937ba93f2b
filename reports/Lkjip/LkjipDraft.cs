using DocumentFormat.OpenXml;
using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>The LKjIP being written: its facts, its cover date, the package and the caption numbers.</summary>
internal sealed class LkjipDraft(WordPackage package, LkjipFacts facts, DateOnly date)
{
    private readonly CaptionNumbers _tables = new();
    private readonly CaptionNumbers _figures = new();

    public LkjipFacts Facts { get; } = facts;

    public DateOnly Date { get; } = date;

    public WordPackage Package { get; } = package;

    public int Year => Facts.Year;

    public string OfficeName => Facts.Office.Name;

    public void Append(params OpenXmlElement[] elements)
    {
        foreach (var element in elements)
            Package.Append(element);
    }

    public void AppendPlain(string text) => Package.Append(BodyText.Plain(text));

    public void AppendPlaceholder(string what) => Package.Append(BodyText.Placeholder(what));

    /// <summary>Appends a numbered table caption and the table, and returns the number (e.g. "3.1").</summary>
    public string AppendTable(string chapter, string title, WordTable table)
    {
        var number = _tables.Take(chapter);

        Append(NumberedCaption.ForTable(number, title), table.Build());
        return number;
    }

    /// <summary>The number the next table of the chapter will get, for text that announces it.</summary>
    public string NextTableNumber(string chapter) => _tables.Peek(chapter);

    /// <summary>Appends a picture the width of the text with its numbered caption below it.</summary>
    public void AppendFigure(string chapter, FigureImage chart)
    {
        var width = Package.Layout.TextWidthCm;
        var image = Package.AddPng(chart.Png, chart.Name, chart.AltText, width, width * chart.HeightRatio);

        Append(image.ToParagraph(), NumberedCaption.ForFigure(_figures.Take(chapter), chart.Title));
    }
}
