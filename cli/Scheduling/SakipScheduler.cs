using System.Collections.Specialized;
using Microsoft.Extensions.Logging;
using Quartz;

namespace SakipAnalytics.Cli.Scheduling;

/// <summary>
/// Runs the jobs on Quartz in the foreground: one worker thread (jobs never overlap), cron
/// triggers in the office's time zone, and on start each job whose fire time passed while the
/// machine was off runs once.
/// </summary>
public sealed partial class SakipScheduler(JobPlan plan, JobSteps steps, TimeProvider clock, ILogger<SakipScheduler> logger)
{
    public async Task RunUntil(CancellationToken stop)
    {
        await using var factory = QuartzSchedulerBuilder.Create(_ => { }).UseProperties(Properties()).Build();
        var scheduler = await factory.GetScheduler(stop);
        scheduler.Context[QuartzJob.StepsKey] = steps;
        foreach (var job in plan.Jobs)
            await scheduler.ScheduleJob(Job(job), Trigger(job), new ScheduleJobOptions(), stop);

        CatchUp();
        await scheduler.Start(stop);
        LogStarted(logger, plan.Jobs.Count, plan.TimeZone.Id);
        await Wait(stop);

        // Waiting lets a job that is running finish before the process ends.
        await scheduler.Shutdown(waitForJobsToComplete: true, CancellationToken.None);
    }

    /// <summary>Runs once each job whose last fire time since its last recorded run has passed.</summary>
    public void CatchUp()
    {
        var now = clock.GetUtcNow();
        foreach (var job in plan.Jobs)
        {
            if (steps.Log.LastRun(job) is { } last && plan.Missed(job, last, now) is { } missed)
                steps.Run(job, missed);
        }
    }

    private static IJobDetail Job(string name) => JobBuilder.Create<QuartzJob>().WithIdentity(name).Build();

    private ITrigger Trigger(string job) => TriggerBuilder.Create()
        .WithIdentity(job)
        .WithCronSchedule(plan.CronOf(job), cron => cron
            .InTimeZone(plan.TimeZone)
            .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
        .Build();

    private static NameValueCollection Properties() => new()
    {
        ["quartz.scheduler.instanceName"] = "sakip",
        ["quartz.threadPool.maxConcurrency"] = "1",
    };

    private static async Task Wait(CancellationToken stop)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, stop);
        }
        catch (OperationCanceledException)
        {
            // Stopping is the expected way out.
        }
    }

    [LoggerMessage(EventId = 210, Level = LogLevel.Warning, Message = "Scheduler started with {Jobs} jobs in {TimeZone}")]
    private static partial void LogStarted(ILogger logger, int jobs, string timeZone);
}
