using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SakipAnalytics.Reports.Tests.Word;

/// <summary>The complex fields of an element, read as Word reads them: instruction, then the cached result.</summary>
internal static class DocxFields
{
    /// <summary>
    /// Each field's instruction (trimmed) and the text between its separator and end, in the order
    /// the fields end; a result that spans paragraphs has one line per paragraph.
    /// </summary>
    public static IReadOnlyList<(string Instruction, string Result)> In(OpenXmlElement element)
    {
        var fields = new List<(string, string)>();
        var open = new Stack<OpenField>();

        foreach (var node in element.Descendants())
        {
            if (node is FieldChar mark)
                Mark(mark.FieldCharType!.Value, open, fields);
            else if (open.TryPeek(out var field))
                field.Read(node);
        }

        return fields;
    }

    private static void Mark(FieldCharValues type, Stack<OpenField> open, List<(string, string)> fields)
    {
        if (type == FieldCharValues.Begin)
            open.Push(new OpenField());
        else if (type == FieldCharValues.Separate)
            open.Peek().Separated = true;
        else if (open.Pop() is var field)
            fields.Add((field.Instruction.ToString().Trim(), field.Result.ToString()));
    }

    private sealed class OpenField
    {
        public StringBuilder Instruction { get; } = new();

        public StringBuilder Result { get; } = new();

        public bool Separated { get; set; }

        public void Read(OpenXmlElement node)
        {
            if (node is FieldCode code && !Separated)
                Instruction.Append(code.Text);
            else if (node is Text text && Separated)
                Result.Append(text.Text);
            else if (node is Paragraph && Separated && Result.Length > 0)
                Result.Append('\n');
        }
    }
}
