using System.IO.Compression;
using System.Security;
using System.Text.RegularExpressions;

namespace SakipAnalytics.Ingest.Tests.Fixtures;

/// <summary>
/// Copies a workbook with some cells of one worksheet part replaced by text, for the reference
/// files a test needs wrong in one place.
/// </summary>
public static class WorkbookCells
{
    public static string Replace(string source, string destination, string sheetPart, params (string Cell, string Text)[] cells)
    {
        File.Copy(source, destination, overwrite: true);
        using var zip = ZipFile.Open(destination, ZipArchiveMode.Update);
        var entry = zip.GetEntry(sheetPart) ?? throw new InvalidOperationException($"{sheetPart} is not in {source}");
        string xml;
        using (var reader = new StreamReader(entry.Open()))
            xml = reader.ReadToEnd();

        foreach (var (cell, text) in cells)
            xml = Cell(cell).Replace(xml, InlineText(cell, text));

        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(sheetPart).Open());
        writer.Write(xml);
        return destination;
    }

    private static string InlineText(string cell, string text) =>
        $"<x:c r=\"{cell}\" t=\"inlineStr\"><x:is><x:t>{SecurityElement.Escape(text)}</x:t></x:is></x:c>";

    private static Regex Cell(string cell) => new($"<x:c r=\"{cell}\"[^>]*?(/>|>.*?</x:c>)", RegexOptions.CultureInvariant);
}
