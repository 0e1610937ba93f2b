namespace SakipAnalytics.Cli.Scheduling;

/// <summary>How one job run ended: what it did, in a line, and how many files it touched.</summary>
public sealed record JobOutcome(bool Succeeded, string Detail, int Files)
{
    public static JobOutcome Done(string detail, int files = 0) => new(true, detail, files);

    public static JobOutcome Failed(string detail) => new(false, detail, 0);
}
