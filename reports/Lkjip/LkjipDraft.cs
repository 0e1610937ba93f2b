using DocumentFormat.OpenXml;
using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>
/// The LKjIP being written: its facts, its cover date, the package and the caption sequences.
/// Text refers to a table or figure with <see cref="NextTable"/> (or <see cref="LastTable"/>) passed to
/// <see cref="AppendText"/>: <c>draft.AppendText("Rinciannya disajikan pada ", draft.NextTable("3"), ".")</c>.
/// </summary>
internal sealed class LkjipDraft(WordPackage package, LkjipFacts facts, DateOnly date)
{
    private readonly CaptionSequence _tables = new(CaptionLabel.Table);
    private readonly CaptionSequence _figures = new(CaptionLabel.Figure);
    private readonly List<DraftTable> _appendedTables = [];

    public LkjipFacts Facts { get; } = facts;

    public DateOnly Date { get; } = date;

    public WordPackage Package { get; } = package;

    public int Year => Facts.Year;

    public string OfficeName => Facts.Office.Name;

    /// <summary>Whose report it is: the unit's name for a unit report, else the office's.</summary>
    public string Owner => Facts.Scope.UnitName ?? Facts.Office.Name;

    /// <summary>What the report's indicators are called: the office's IKU, or a unit's own indicators.</summary>
    public string IndicatorTerm => Facts.Scope.IsUnit ? "indikator kinerja" : "indikator kinerja utama";

    /// <summary>The short name captions use: "IKU" for the office, "Indikator" for a unit.</summary>
    public string IndicatorShortName => Facts.Scope.IsUnit ? "Indikator" : "IKU";

    /// <summary>Every numbered table appended so far, in order, for the tables workbook.</summary>
    public IReadOnlyList<DraftTable> Tables => _appendedTables;

    public void Append(params OpenXmlElement[] elements)
    {
        foreach (var element in elements)
            Package.Append(element);
    }

    public void AppendPlain(string text) => Package.Append(BodyText.Plain(text));

    /// <summary>A paragraph of running text whose caption references print as REF fields ("Tabel 3.1").</summary>
    public void AppendText(params TextPart[] parts) => Package.Append(BodyText.Plain(parts));

    public void AppendPlaceholder(string what) => Package.Append(BodyText.Placeholder(what));

    /// <summary>Appends the numbered caption and the table, and returns the number (e.g. "3.1").</summary>
    public string AppendTable(string chapter, string title, WordTable table)
    {
        var caption = _tables.Take(chapter);

        Append(NumberedCaption.ForTable(caption, Package.NextBookmarkId(), title), table.Build());
        _appendedTables.Add(new DraftTable(caption, title, table));
        return caption.Number;
    }

    /// <summary>The number the next table of the chapter will get, for text that prints it as plain words.</summary>
    public string NextTableNumber(string chapter) => _tables.Next(chapter).Number;

    /// <summary>A reference to the chapter's next table, for text that announces it before it is appended.</summary>
    public CaptionReference NextTable(string chapter) => _tables.Next(chapter);

    /// <summary>A reference to the chapter's latest table, for text that follows it.</summary>
    public CaptionReference LastTable(string chapter) => _tables.Last(chapter);

    /// <summary>A reference to the chapter's next figure, for text that announces it.</summary>
    public CaptionReference NextFigure(string chapter) => _figures.Next(chapter);

    /// <summary>A reference to the chapter's latest figure, for text that follows it.</summary>
    public CaptionReference LastFigure(string chapter) => _figures.Last(chapter);

    /// <summary>Appends a picture the width of the text with its numbered caption below it.</summary>
    public void AppendFigure(string chapter, FigureImage chart)
    {
        var width = Package.Layout.TextWidthCm;
        var image = Package.AddPng(chart.Png, chart.Name, chart.AltText, width, width * chart.HeightRatio);
        var caption = _figures.Take(chapter);

        Append(image.ToParagraph(), NumberedCaption.ForFigure(caption, Package.NextBookmarkId(), chart.Title));
    }
}
