using SakipAnalytics.Ingest.Layout;
using SakipAnalytics.Ingest.Sheets;

namespace SakipAnalytics.Ingest.Loading;

/// <summary>
/// The shared frame of the office-wide monthly exports (LRA, e-Monev): find the header, read the
/// period, append the lines, then reconcile with the other source.
/// </summary>
internal static class OfficeMonthFile
{
    public static LoadedContent Load(
        LoadContext context,
        HeaderLayout layout,
        Func<LocatedSheet, (int Year, int Month), int> appendLines,
        Action<LoadContext> reconcile)
    {
        using var file = SpreadsheetFile.Open(context.Path);
        var located = HeaderLocator.Locate(file.FirstSheet(), layout, context.Findings);
        if (located is null)
            return LoadedContent.Nothing;

        var period = FileHeader.Period(located, context.Today, context.Findings);
        var unit = OfficeUnit.Of(context);
        if (period is null || unit is null)
            return LoadedContent.Nothing;

        var rows = appendLines(located, period.Value);
        reconcile(context);
        return new LoadedContent(unit, period.Value.Year, period.Value.Month, rows);
    }
}
