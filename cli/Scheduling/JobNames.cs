namespace SakipAnalytics.Cli.Scheduling;

/// <summary>The scheduled jobs, by the names they are logged and recorded under.</summary>
public static class JobNames
{
    public const string IngestInbox = "ingest-inbox";
    public const string MonthlyDashboard = "monthly-dashboard";
    public const string AnnualLkjip = "annual-lkjip";
    public const string LateReports = "late-reports";
}
