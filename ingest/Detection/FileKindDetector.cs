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
        // Two of the reference sheets are enough to tell the workbook; its loader then names any missing sheet.
        var sheets = SheetNames(path).Select(n => n.Trim()).ToList();
        if (ReferenceLayout.AllSheetNames.Count(n => sheets.Contains(n, StringComparer.OrdinalIgnoreCase)) >= 2)
            return FileKind.Referensi;

        using var file = SpreadsheetFile.Open(path);
        var rows = file.FirstSheet().Rows.Take(HeaderLocator.MaxTitleRows).ToList();
        var best = Layouts.Select(l => (l.Kind, Share: rows.Max(r => (double?)RequiredShare(r, l.Layout)) ?? 0)).MaxBy(l => l.Share);
        return best.Share >= MinimumShare ? best.Kind : FileKind.Unknown;
    }

    private static List<string> SheetNames(string path)
    {
        using var file = SpreadsheetFile.Open(path);
        return file.Sheets.Select(s => s.Name).OfType<string>().ToList();
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
