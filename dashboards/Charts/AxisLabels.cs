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

    /// <summary>A long label broken at the space nearest its middle, so axis labels stay narrow.</summary>
    public static string Wrap(string label, int lineLength)
    {
        if (label.Length <= lineLength)
            return label;

        var middle = label.Length / 2;
        var cut = Enumerable.Range(0, label.Length).Where(i => label[i] == ' ').DefaultIfEmpty(-1).MinBy(i => Math.Abs(i - middle));
        return cut < 0 ? label : $"{label[..cut]}\n{label[(cut + 1)..]}";
    }

    private static string PercentText(double value) => IndonesianFormat.Number((decimal)value, 0) + "%";
}
