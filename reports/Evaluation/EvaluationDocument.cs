using DocumentFormat.OpenXml;
using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Evaluation;

/// <summary>
/// An evaluation report being written: its package, the office it belongs to, the date printed
/// under its title, and the numbering of its tables per section ("Tabel 2.1").
/// </summary>
internal sealed class EvaluationDocument(WordPackage package, OfficeProfile office, DateOnly date)
{
    private readonly CaptionSequence _tables = new(CaptionLabel.Table);

    public OfficeProfile Office { get; } = office;

    public DateOnly Date { get; } = date;

    public void Append(params OpenXmlElement[] elements)
    {
        foreach (var element in elements)
            package.Append(element);
    }

    public void AppendPlain(string text) => package.Append(BodyText.Plain(text));

    /// <summary>Appends the section's next numbered caption and the table.</summary>
    public void AppendTable(string section, string title, WordTable table)
    {
        var caption = _tables.Take(section);

        Append(NumberedCaption.ForTable(caption, package.NextBookmarkId(), title), table.Build());
    }
}
