namespace SakipAnalytics.Cli.Settings;

/// <summary>
/// When the scheduled jobs run (Quartz cron expressions in the office's time zone) and where the
/// inbox and its archive are. Defaults suit a provincial office in WITA (Asia/Makassar).
/// </summary>
public sealed record ScheduleSettings
{
    public string TimeZone { get; init; } = "Asia/Makassar";

    /// <summary>The office's time zone, for cron expressions and for dates printed on reports.</summary>
    public TimeZoneInfo Zone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
        }
        catch (TimeZoneNotFoundException)
        {
            throw new SettingsException($"Zona waktu '{TimeZone}' tidak dikenal; gunakan misalnya Asia/Makassar.");
        }
    }

    public string Inbox { get; init; } = "inbox";

    public string Archive { get; init; } = "archive";

    public string Rejected { get; init; } = "rejected";

    /// <summary>Daily at 06:00: load what arrived in the inbox.</summary>
    public string IngestInbox { get; init; } = "0 0 6 * * ?";

    /// <summary>On the 11th at 07:00, after the deadline: last month's dashboard.</summary>
    public string MonthlyDashboard { get; init; } = "0 0 7 11 * ?";

    /// <summary>On 15 January at 07:00: the LKjIP draft of the year just closed.</summary>
    public string AnnualLkjip { get; init; } = "0 0 7 15 1 ?";

    /// <summary>On the 11th at 08:00: which units have not sent last month's capaian.</summary>
    public string LateReports { get; init; } = "0 0 8 11 * ?";
}
