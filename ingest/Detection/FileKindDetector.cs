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
    private const double MinimumShare = 0.6;

    private static readonly (FileKind Kind, HeaderLayout Layout)[] Layouts =
    [
        (FileKind.Lke, LkeLayout.Layout),
        (FileKind.Emonev, EmonevLayout.Layout),
        (FileKind.Lra, LraLayout.Layout),
        (FileKind.Capaian, CapaianLayout.Layout),
    ];

    public static FileKind Detect(string path)
    {
        var (names, rows) = Peek(path);

        // Two of the reference sheets are enough to tell the workbook; its loader then names any missing sheet.
        if (ReferenceLayout.AllSheetNames.Count(n => names.Contains(n, StringComparer.OrdinalIgnoreCase)) >= 2)
            return FileKind.Referensi;

        var best = Layouts.Select(l => (l.Kind, Share: rows.Max(r => (double?)RequiredShare(r, l.Layout)) ?? 0)).MaxBy(l => l.Share);
        return best.Share >= MinimumShare ? best.Kind : FileKind.Unknown;
    }

    /// <summary>The sheet names and the first rows of the first sheet, from one opening of the file.</summary>
    private static (List<string> Names, List<SheetRow> Rows) Peek(string path)
    {
        using var file = SpreadsheetFile.Open(path);
        var names = new List<string>();
        List<SheetRow>? rows = null;
        foreach (var sheet in file.Sheets)
        {
            names.Add(sheet.Name?.Trim() ?? "");
            rows ??= sheet.Rows.Take(HeaderLocator.MaxTitleRows).ToList();
        }

        return (names, rows ?? []);
    }

    /// <summary>
    /// The share of a layout's required columns one row names. A header missing a column or two
    /// still tells the kind, so the loader can then name exactly which columns are missing.
    /// </summary>
    private static double RequiredShare(SheetRow row, HeaderLayout layout)
    {
        var map = HeaderLocator.Match(row, layout);
        var required = layout.RequiredColumns.ToList();
        return (double)required.Count(c => map.ContainsKey(c.Name)) / required.Count;
    }
}
