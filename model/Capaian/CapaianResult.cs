namespace SakipAnalytics.Model.Capaian;

/// <summary>
/// A capaian percentage before any cap, or the reason it cannot be computed.
/// The uncapped value is always kept; <see cref="Displayed"/> applies the cap setting.
/// </summary>
public sealed record CapaianResult(decimal? Uncapped, string? NotComputableReason)
{
    public static CapaianResult Of(decimal value) => new(value, null);

    public static CapaianResult NotComputable(string reason) => new(null, reason);

    public bool IsComputable => Uncapped is not null;

    /// <summary>The value shown in reports under the given cap setting.</summary>
    public decimal? Displayed(CapSetting cap) => Uncapped is { } value ? cap.Apply(value) : null;
}
