using SakipAnalytics.Model.Analysis.Tables;

namespace SakipAnalytics.Model.Analysis.Lkjip;

/// <summary>
/// Reads what Bab III compares each indicator of a year with from the same computed tables
/// <c>sakip export</c> writes, so every figure in the report equals a row of an export.
/// </summary>
public static class IkuAnalysisReader
{
    private const int December = 12;

    public static IReadOnlyList<IkuAnalysis> Read(AnalysisSession session, int year, IReadOnlyList<IndicatorResult> indicators)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(indicators);

        var yearEnd = new TableFilter(year, December);
        var annual = session.Rows("capaian_tahunan", new TableFilter(year), AnalysisRows.Annual);
        var series = session.Rows("seri_renstra", TableFilter.All, AnalysisRows.Series).ToLookup(s => s.Code);
        var comparators = session.Rows("pembanding", new TableFilter(year), AnalysisRows.Comparator).ToLookup(c => c.Code);
        var efficiency = session.Rows("efisiensi", yearEnd, AnalysisRows.Efficiency);
        var cascade = session.Rows("kaskade", yearEnd, AnalysisRows.Cascade);

        return indicators.Select(i => new IkuAnalysis
        {
            Code = i.Code,
            Annual = annual.FirstOrDefault(a => a.Code == i.Code && a.UnitCode == i.UnitCode),
            Series = [.. series[i.Code]],
            Comparators = [.. comparators[i.Code]],
            Efficiency = efficiency.FirstOrDefault(e => e.Code == i.Code && e.UnitCode == i.UnitCode),
            Cascade = Under(i.Code, cascade, efficiency),
        }).ToList();
    }

    /// <summary>
    /// The indicators below <paramref name="code"/>, each with its spending. The cascade lists a
    /// parent before its children, so one pass collects every level.
    /// </summary>
    private static List<CascadeLine> Under(string code, IReadOnlyList<CascadeLine> cascade, IReadOnlyList<EfficiencyFigures> spending)
    {
        var below = new HashSet<string>(StringComparer.Ordinal) { code };
        var lines = new List<CascadeLine>();
        foreach (var line in cascade)
        {
            if (line.ParentCode is not { } parent || !below.Contains(parent) || !below.Add(line.Code))
                continue;

            lines.Add(line with { Spending = SpendingOf(line, spending) });
        }

        return lines;
    }

    private static EfficiencyFigures? SpendingOf(CascadeLine line, IReadOnlyList<EfficiencyFigures> spending) =>
        spending.FirstOrDefault(e => e.Code == line.Code && e.UnitCode == line.UnitCode);
}
