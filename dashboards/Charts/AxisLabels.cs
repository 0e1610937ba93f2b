using SakipAnalytics.Model.Formatting;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace SakipAnalytics.Dashboards.Charts;

/// <summary>
/// Tick labels set explicitly in Indonesian: ScottPlot's own labels use the invariant culture
/// (a year prints as 2,019 and a month as a bare number).
/// </summary>
internal static class AxisLabels
{
    public static void Percent(IAxis axis) =>
        axis.TickGenerator = new NumericAutomatic { LabelFormatter = PercentText };

    public static void Months(IAxis axis)
    {
        var months = Enumerable.Range(1, 12).ToArray();

        axis.SetTicks(months.Select(m => (double)m).ToArray(), months.Select(ShortMonth).ToArray());
    }

    /// <summary>The first three letters of the month name: Jan, Feb, ..., Agu, ..., Des.</summary>
    public static string ShortMonth(int month) => IndonesianFormat.MonthShortName(month);

    /// <summary>
    /// A long label broken into lines of at most <paramref name="lineLength"/> characters at spaces
    /// (a longer word is cut), and ended with "…" after <paramref name="maxLines"/> lines, so one
    /// long name cannot squeeze the chart it labels.
    /// </summary>
    public static string Wrap(string label, int lineLength, int maxLines = 3)
    {
        ArgumentNullException.ThrowIfNull(label);

        var lines = new List<string>();
        foreach (var word in label.Split(' ', StringSplitOptions.RemoveEmptyEntries).SelectMany(w => w.Chunk(lineLength)))
        {
            var piece = new string(word);
            if (lines.Count > 0 && lines[^1].Length + 1 + piece.Length <= lineLength)
                lines[^1] += " " + piece;
            else
                lines.Add(piece);
        }

        return lines.Count <= maxLines ? string.Join('\n', lines) : string.Join('\n', lines.Take(maxLines)) + "…";
    }

    private static string PercentText(double value) => IndonesianFormat.Number((decimal)value, 0) + "%";
}
