using SakipAnalytics.Ingest.Detection;
using SakipAnalytics.Ingest.Layout;
using SakipAnalytics.Ingest.Loading;
using SakipAnalytics.Ingest.Sheets;

namespace SakipAnalytics.Ingest.Referensi;

/// <summary>
/// Loads the planners' reference workbook. A newer workbook replaces the whole reference; the
/// units and indicators are checked first because every other sheet names them.
/// </summary>
public sealed partial class ReferenceLoader : IKindLoader
{
    private static readonly string[] Tables =
        ["unit", "indicator", "renstra_target", "pk_target", "rencana_aksi", "comparator", "sub_kegiatan"];

    private static readonly (string Sheet, HeaderLayout Layout)[] Sheets =
    [
        (ReferenceLayout.UnitSheet, ReferenceLayout.Units),
        (ReferenceLayout.IndicatorSheet, ReferenceLayout.Indicators),
        (ReferenceLayout.RenstraSheet, ReferenceLayout.Renstra),
        (ReferenceLayout.PkSheet, ReferenceLayout.Pk),
        (ReferenceLayout.RencanaAksiSheet, ReferenceLayout.RencanaAksi),
        (ReferenceLayout.ComparatorSheet, ReferenceLayout.Comparators),
        (ReferenceLayout.SubKegiatanSheet, ReferenceLayout.SubKegiatan),
    ];

    public FileKind Kind => FileKind.Referensi;

    public IReadOnlyList<string> FactTables => Tables;

    public LoadedContent Load(LoadContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        var sheets = ReadSheets(context);
        if (context.Findings.HasErrors)
            return LoadedContent.Nothing;

        foreach (var table in Tables)
            context.Store.Execute($"DELETE FROM {table}");

        var known = new ReferenceKeys();
        var rows = AppendUnits(context, sheets[ReferenceLayout.UnitSheet], known)
            + AppendIndicators(context, sheets[ReferenceLayout.IndicatorSheet], known)
            + AppendRenstra(context, sheets[ReferenceLayout.RenstraSheet], known)
            + AppendPk(context, sheets[ReferenceLayout.PkSheet], known)
            + AppendOptional(sheets, ReferenceLayout.RencanaAksiSheet, s => AppendRencanaAksi(context, s, known))
            + AppendOptional(sheets, ReferenceLayout.ComparatorSheet, s => AppendComparators(context, s, known))
            + AppendOptional(sheets, ReferenceLayout.SubKegiatanSheet, s => AppendSubKegiatan(context, s, known));
        return new LoadedContent(known.OfficeUnit, null, null, rows);
    }

    private static Dictionary<string, ReferenceRows> ReadSheets(LoadContext context)
    {
        var found = new Dictionary<string, ReferenceRows>(StringComparer.OrdinalIgnoreCase);
        using var file = SpreadsheetFile.Open(context.Path);
        foreach (var sheet in file.Sheets)
        {
            var layout = Sheets.FirstOrDefault(s => string.Equals(s.Sheet, sheet.Name?.Trim(), StringComparison.OrdinalIgnoreCase)).Layout;
            if (layout is not null && HeaderLocator.Locate(sheet, layout, context.Findings) is { } located)
                found[layout.KindName] = new ReferenceRows(located, located.DataRows.Where(r => !r.IsEmpty).ToList());
        }

        foreach (var missing in ReferenceLayout.SheetNames.Where(n => !found.ContainsKey(n)))
        {
            context.Findings.Error(
                "Sheet wajib tidak ada atau tidak memiliki baris judul kolom", missing, null, expected: $"sheet '{missing}'");
        }
        return found;
    }

    private static int AppendOptional(Dictionary<string, ReferenceRows> sheets, string name, Func<ReferenceRows, int> append) =>
        sheets.TryGetValue(name, out var rows) ? append(rows) : 0;
}
