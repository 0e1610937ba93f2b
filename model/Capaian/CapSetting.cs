namespace SakipAnalytics.Model.Capaian;

/// <summary>The ceiling applied to displayed capaian: none, 100 or 120 (setting; default none).</summary>
public sealed record CapSetting(decimal? Ceiling)
{
    public static CapSetting None { get; } = new((decimal?)null);

    public static CapSetting Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        return text.Trim().ToLowerInvariant() switch
        {
            "" or "none" or "tanpa" => None,
            "100" => new CapSetting(100m),
            "120" => new CapSetting(120m),
            _ => throw new ArgumentException($"Cap must be none, 100 or 120; found '{text}'.", nameof(text)),
        };
    }

    public decimal Apply(decimal capaian) => Ceiling is { } ceiling && capaian > ceiling ? ceiling : capaian;

    public override string ToString() => Ceiling is { } c ? c.ToString(System.Globalization.CultureInfo.InvariantCulture) : "none";
}
