using SakipAnalytics.Model.Capaian;
using SakipAnalytics.Model.Formatting;

namespace SakipAnalytics.Dashboards.Html;

/// <summary>Targets and realisasi as printed: a figure, a range or a predikat; a dash when absent.</summary>
internal static class FigureText
{
    public const string Missing = "—";

    public static string Of(Target? target) => target switch
    {
        null => Missing,
        { Kind: TargetKind.Predikat } => target.Grade ?? Missing,
        { Kind: TargetKind.Range, Low: { } low, High: { } high } => $"{IndonesianFormat.Figure(low)}–{IndonesianFormat.Figure(high)}",
        _ => target.Low is { } value ? IndonesianFormat.Figure(value) : Missing,
    };

    public static string Of(Realisasi? realisasi) => realisasi switch
    {
        { Value: { } value } => IndonesianFormat.Figure(value),
        { Grade: { } grade } => grade,
        _ => Missing,
    };
}
