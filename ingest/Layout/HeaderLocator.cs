using SakipAnalytics.Ingest.Findings;
using SakipAnalytics.Ingest.Sheets;

namespace SakipAnalytics.Ingest.Layout;

/// <summary>Finds a layout's header row by its names, whatever title rows sit above it.</summary>
public static class HeaderLocator
{
    /// <summary>How far down a header may sit before the file is taken to have none.</summary>
    public const int MaxTitleRows = 30;

    /// <summary>The located sheet, or null with an error finding naming the missing columns.</summary>
    public static LocatedSheet? Locate(Sheet sheet, HeaderLayout layout, FindingList findings)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(findings);

        if (sheet.Note is not null)
            findings.Warning(sheet.Note, sheet.Name, null);

        var rows = sheet.Rows.GetEnumerator();
        var titles = new List<TitleLine>();
        (SheetRow? Row, int Matched) best = (null, 0);
        while (titles.Count < MaxTitleRows && rows.MoveNext())
        {
            var map = Match(rows.Current, layout);
            if (layout.RequiredColumns.All(c => map.ContainsKey(c.Name)))
                return Located(sheet, layout, titles, rows, map);

            best = map.Count > best.Matched ? (rows.Current, map.Count) : best;
            if (!rows.Current.IsEmpty)
                titles.Add(new TitleLine(rows.Current.Number, rows.Current.Joined));
        }

        ReportMissing(sheet.Name, best.Row, layout, findings);
        rows.Dispose();
        return null;
    }

    /// <summary>Maps each layout column to the index of the cell that names it in this row.</summary>
    public static Dictionary<string, int> Match(SheetRow row, HeaderLayout layout)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(layout);

        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < row.Cells.Count; i++)
        {
            if (row.Raw(i) is not string cell)
                continue;

            var text = HeaderText.Normalize(cell);
            var column = layout.Columns.FirstOrDefault(c => !map.ContainsKey(c.Name) && c.IsNamedBy(text));
            if (column is not null)
                map[column.Name] = i;
        }

        return map;
    }

    private static LocatedSheet Located(
        Sheet sheet, HeaderLayout layout, List<TitleLine> titles, IEnumerator<SheetRow> rows, Dictionary<string, int> map)
    {
        var header = rows.Current;
        var requiredWidth = layout.RequiredColumns.Max(c => map[c.Name]) + 1;
        return new LocatedSheet(sheet.Name, titles, header.Number, Texts(header), map, requiredWidth, Below(rows));
    }

    private static List<string?> Texts(SheetRow row) => Enumerable.Range(0, row.Cells.Count).Select(row.Text).ToList();

    private static IEnumerable<SheetRow> Below(IEnumerator<SheetRow> rows)
    {
        using (rows)
        {
            var first = true;
            while (rows.MoveNext())
            {
                if (first && IsColumnNumberRow(rows.Current))
                    continue;

                first = false;
                yield return rows.Current;
            }
        }
    }

    /// <summary>The row of column numbers (1 2 3 ...) that many exports put under the header.</summary>
    private static bool IsColumnNumberRow(SheetRow row)
    {
        var texts = Enumerable.Range(0, row.Cells.Count).Select(row.Text).Where(t => t is not null).ToList();
        var numbered = texts.Select((t, i) => t == (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        return texts.Count >= 3 && numbered.All(ok => ok);
    }

    private static void ReportMissing(string? sheet, SheetRow? best, HeaderLayout layout, FindingList findings)
    {
        var found = best is null ? new Dictionary<string, int>() : Match(best, layout);
        var missing = layout.RequiredColumns.Where(c => !found.ContainsKey(c.Name)).Select(c => c.Name).ToList();
        findings.Error(
            $"Baris judul kolom {layout.KindName} tidak ditemukan; kolom wajib yang tidak ada: {string.Join(", ", missing)}",
            sheet,
            best?.Number,
            found: best?.Joined,
            expected: "baris judul dengan kolom " + string.Join(", ", layout.RequiredColumns.Select(c => c.Name)));
    }
}
