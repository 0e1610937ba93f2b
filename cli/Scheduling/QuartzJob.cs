using Quartz;

namespace SakipAnalytics.Cli.Scheduling;

/// <summary>
/// The Quartz adapter: one job class for every step, named by its job key. Concurrent execution
/// is disallowed, and the scheduler runs a single worker thread, so no two jobs ever overlap.
/// </summary>
[DisallowConcurrentExecution]
public sealed class QuartzJob : IJob
{
    public const string StepsKey = "sakip.steps";

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);

        context.Scheduler.Context.TryGetValue(StepsKey, out var steps);
        ((JobSteps)steps!).Run(context.JobDetail.Key.Name, context.ScheduledFireTimeUtc);
        return ValueTask.CompletedTask;
    }
}
