namespace SakipAnalytics.Dashboards.Html;

/// <summary>One headline figure: what it is, its value, how it was computed and a line of context.</summary>
/// <param name="Key">Stable identifier written as <c>data-tile</c>.</param>
/// <param name="Label">The tile's heading.</param>
/// <param name="Value">The figure as printed.</param>
/// <param name="Formula">The formula and its inputs, shown as the value's tooltip.</param>
/// <param name="Caption">Context under the figure.</param>
/// <param name="Tone">Colour family; the label states the meaning.</param>
internal sealed record Tile(string Key, string Label, string Value, string Formula, string Caption, Tone Tone);
