using System.Text.RegularExpressions;
using SakipAnalytics.Model.Formatting;

namespace SakipAnalytics.Ingest.Parsing;

/// <summary>
/// Reads the title rows above a header: <c>Unit Kerja : ...</c>, <c>Bulan : Maret 2026</c>,
/// <c>Bulan : Maret   Tahun Anggaran : 2026</c>, <c>Periode : 1 Januari 2026 s.d. 31 Maret 2026</c>,
/// <c>Tahun yang dievaluasi : 2025</c>.
/// </summary>
public static partial class TitleLines
{
    public static string? Unit(string line) => Value(UnitPattern(), line);

    /// <summary>The period a title line names, from whichever of the known forms it uses.</summary>
    public static (int Year, int Month)? Period(string line)
    {
        ArgumentNullException.ThrowIfNull(line);

        if (PeriodPattern().Match(line) is { Success: true } period)
            return YearMonth(period.Groups["month"].Value, period.Groups["year"].Value);

        if (BudgetMonthPattern().Match(line) is { Success: true } budget)
            return YearMonth(budget.Groups["month"].Value, budget.Groups["year"].Value);

        return MonthPattern().Match(line) is { Success: true } month
            ? YearMonth(month.Groups["month"].Value, month.Groups["year"].Value)
            : null;
    }

    public static int? EvaluatedYear(string line) =>
        Value(EvaluatedYearPattern(), line) is { } text && int.TryParse(text, out var year) ? year : null;

    /// <summary>True when the line looks like a period line, so one that fails to parse is reported.</summary>
    public static bool MentionsPeriod(string line) => PeriodLabelPattern().IsMatch(line);

    private static (int, int)? YearMonth(string monthText, string yearText)
    {
        var month = IndonesianFormat.ParseMonth(monthText);
        return month is null || !int.TryParse(yearText, out var year) || year < 2000 || year > 2100
            ? null
            : (year, month.Value);
    }

    private static string? Value(Regex pattern, string line) =>
        pattern.Match(line) is { Success: true } match ? match.Groups["value"].Value.Trim() : null;

    [GeneratedRegex(@"^\s*Unit\s+Kerja\s*:\s*(?<value>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnitPattern();

    [GeneratedRegex(
        @"Periode\s*:\s*\d{1,2}\s+\p{L}+\s+\d{4}\s+s\.?\s*d\.?\s+\d{1,2}\s+(?<month>\p{L}+)\s+(?<year>\d{4})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PeriodPattern();

    [GeneratedRegex(
        @"Bulan\s*:\s*(?<month>\p{L}+)\s+Tahun\s+Anggaran\s*:\s*(?<year>\d{4})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BudgetMonthPattern();

    [GeneratedRegex(@"^\s*Bulan\s*:\s*(?<month>\p{L}+)\s+(?<year>\d{4})\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthPattern();

    [GeneratedRegex(@"^\s*Tahun\s+yang\s+dievaluasi\s*:\s*(?<value>\d{4})\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EvaluatedYearPattern();

    [GeneratedRegex(@"^\s*(Bulan|Periode)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PeriodLabelPattern();
}
