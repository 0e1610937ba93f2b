namespace SakipAnalytics.Reports.Tests;

/// <summary>A clock that always reads the same instant, in UTC, so documents come out the same every run.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
