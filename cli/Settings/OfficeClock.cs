namespace SakipAnalytics.Cli.Settings;

/// <summary>The office's wall-clock time (Asia/Makassar by default), as outputs print it.</summary>
public static class OfficeClock
{
    public static DateTimeOffset Now(SakipSettings settings, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(settings);

        return TimeZoneInfo.ConvertTime((clock ?? TimeProvider.System).GetUtcNow(), settings.Schedule.Zone());
    }
}
