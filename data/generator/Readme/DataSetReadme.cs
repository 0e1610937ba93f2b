using System.Globalization;
using System.Text;
using SakipAnalytics.DataGenerator.Capaian;
using SakipAnalytics.DataGenerator.Office;
using SakipAnalytics.DataGenerator.Output;
using SakipAnalytics.DataGenerator.Periods;
using SakipAnalytics.DataGenerator.Plants;

namespace SakipAnalytics.DataGenerator.Readme;

/// <summary>Writes <c>README.md</c> for the data set from its template, the files written and the plants placed.</summary>
public static class DataSetReadme
{
    public static void Write(OutputFolder output, PlantLog log)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(log);

        var text = WithCounts(Template(), output)
            .Replace("{{TOTAL}}", Total(output), StringComparison.Ordinal)
            .Replace("{{SENDERS}}", Senders(), StringComparison.Ordinal)
            .Replace("{{PLANTS}}", Plants(log), StringComparison.Ordinal);
        output.WriteText("README.md", text);
    }

    private static string Template()
    {
        using var stream = typeof(DataSetReadme).Assembly.GetManifestResourceStream("DataSetReadme.template.md")
            ?? throw new InvalidOperationException("The README template is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static string WithCounts(string template, OutputFolder output) =>
        output.Written.Aggregate(template, (text, kind) => text.Replace(
            "{{COUNT:" + kind.Key + "}}", kind.Value.Files.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));

    private static string Total(OutputFolder output)
    {
        var files = output.Written.Values.Sum(w => w.Files);
        var bytes = output.Written.Values.Sum(w => w.Bytes);
        return string.Create(CultureInfo.InvariantCulture, $"{files} files, {bytes / 1024} KiB");
    }

    private static string Senders()
    {
        var sample = new Periode(2026, 3);
        var lines = new StringBuilder("| unit | format | file name (March 2026) |\n|---|---|---|\n");
        foreach (var unit in Kantor.Units)
        {
            var sender = CapaianSenders.For(unit.Kode);
            var name = unit.IsDinas ? sender.FileName(new Periode(2025, 12)) + " (yearly)" : sender.FileName(sample);
            lines.Append(CultureInfo.InvariantCulture, $"| {unit.Kode} | {Describe(sender)} | `{name}` |\n");
        }

        return lines.ToString().TrimEnd('\n');
    }

    private static string Describe(CapaianSender sender) => sender.Format switch
    {
        SenderFormat.SemicolonCsv => "CSV, `;`, UTF-8 with BOM, CRLF, Indonesian numbers (`68,7`, `1.150`)",
        SenderFormat.CommaCsv => "CSV, `,`, UTF-8 without BOM, LF; decimals quoted (`\"10,98\"`)",
        _ => $"xlsx, {(sender.Strings == Spreadsheet.StringStorage.Shared ? "shared" : "inline")} strings" +
            (sender.TextNumberMonths.Count > 0 ? "; numbers typed as text in some months" : string.Empty),
    };

    private static string Plants(PlantLog log)
    {
        var text = new StringBuilder();
        foreach (var note in log.Notes)
        {
            var sheet = note.Sheet.Length == 0 ? string.Empty : $"sheet {note.Sheet}, ";
            text.Append(CultureInfo.InvariantCulture, $"### ({note.Letter}) {note.Title}\n\n");
            text.Append(CultureInfo.InvariantCulture, $"- Where: `{note.File}`, {sheet}row {note.Row}, column {note.Column}.\n");
            text.Append(CultureInfo.InvariantCulture, $"- Figures: {note.Figures}\n\n");
        }

        return text.ToString().TrimEnd('\n');
    }
}
