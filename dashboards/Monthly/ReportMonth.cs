using System.Globalization;
using SakipAnalytics.Model.Formatting;

namespace SakipAnalytics.Dashboards.Monthly;

/// <summary>The month a dashboard covers and the folder (<c>yyyy-mm</c>) it is written to.</summary>
public sealed record ReportMonth
{
    public ReportMonth(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);

        Year = year;
        Month = month;
    }

    public int Year { get; }

    public int Month { get; }

    /// <summary>The folder name, e.g. <c>2026-10</c>.</summary>
    public string FolderName => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");

    /// <summary>The month as people read it, e.g. <c>Oktober 2026</c>.</summary>
    public string Label => IndonesianFormat.MonthYear(Year, Month);

    /// <summary>The month a folder name stands for, or null when the name is not <c>yyyy-mm</c>.</summary>
    public static ReportMonth? FromFolderName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);

        return DateOnly.TryParseExact(name + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new ReportMonth(date.Year, date.Month)
            : null;
    }
}
