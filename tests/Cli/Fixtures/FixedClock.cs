namespace SakipAnalytics.Cli.Tests.Fixtures;

/// <summary>A clock stopped at 3 December 2026, 10:00 in Banjarmasin (UTC+8).</summary>
public sealed class FixedClock : TimeProvider
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 2, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Now;

    public override TimeZoneInfo LocalTimeZone { get; } = TimeZoneInfo.CreateCustomTimeZone("WITA", TimeSpan.FromHours(8), "WITA", "WITA");
}
