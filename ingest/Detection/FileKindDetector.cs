using SakipAnalytics.Ingest.Capaian;
using SakipAnalytics.Ingest.Emonev;
using SakipAnalytics.Ingest.Layout;
using SakipAnalytics.Ingest.Lke;
using SakipAnalytics.Ingest.Lra;
using SakipAnalytics.Ingest.Referensi;
using SakipAnalytics.Ingest.Sheets;

namespace SakipAnalytics.Ingest.Detection;

/// <summary>Tells a file's kind from its sheets and header row, reading only its first rows.</summary>
public static class FileKindDetector
{
    private static readonly (FileKind Kind, HeaderLayout Layout)[] Layouts =
    [
        (FileKind.Lke, LkeLayout.Layout),
        (FileKind.Emonev, EmonevLayout.Layout),
        (FileKind.Lra, LraLayout.Layout),
        (FileKind.Capaian, CapaianLayout.Layout),
    ];

    public static FileKind Detect(string path)
    {
        var sheets = SheetNames(path);
        if (ReferenceLayout.SheetNames.All(n => sheets.Contains(n, StringComparer.OrdinalIgnoreCase)))
            return FileKind.Referensi;

        using var file = SpreadsheetFile.Open(path);
        var rows = file.FirstSheet().Rows.Take(HeaderLocator.MaxTitleRows).ToList();
        return Layouts.FirstOrDefault(l => rows.Any(r => HasAllRequired(r, l.Layout))).Kind;
    }

    private static List<string> SheetNames(string path)
    {
        using var file = SpreadsheetFile.Open(path);
        return file.Sheets.Select(s => s.Name).OfType<string>().ToList();
    }

    private static bool HasAllRequired(SheetRow row, HeaderLayout layout)
    {
        var map = HeaderLocator.Match(row, layout);
        return layout.RequiredColumns.All(c => map.ContainsKey(c.Name));
    }
}
