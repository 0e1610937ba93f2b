using System.CommandLine;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;
using SakipAnalytics.Cli.Scheduling;
using SakipAnalytics.Model.Store;

namespace SakipAnalytics.Cli.Commands;

/// <summary>
/// <c>sakip schedule</c>: runs the scheduled jobs in the foreground until Ctrl+C or SIGTERM, holding
/// the database so that another sakip process is told plainly that it is in use.
/// </summary>
public static class ScheduleCommand
{
    private const string Description = "Jalankan penjadwal (muat inbox, dasbor bulanan, LKjIP, cek keterlambatan) sampai dihentikan";

    public static Command Create(ILoggerFactory logging, TextWriter output)
    {
        var outFolder = CommonOptions.Output();
        var command = new Command("schedule", Description) { outFolder };
        command.SetAction(parse => Guard.Run(output, () =>
        {
            var settings = StoreOptions.Settings(parse, outFolder);
            var plan = new JobPlan(settings.Schedule);
            Directory.CreateDirectory(settings.OutputFolder);
            using var store = SakipStore.Open(settings.DatabasePath);
            using var stop = new CancellationTokenSource();
            using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal => Stop(signal, stop));
            using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, signal => Stop(signal, stop));
            output.WriteLine($"Penjadwal berjalan ({plan.TimeZone.Id}); tekan Ctrl+C untuk berhenti.");

            var steps = new JobSteps(store, settings, TimeProvider.System, logging, output);
            var scheduler = new SakipScheduler(plan, steps, TimeProvider.System, logging.CreateLogger<SakipScheduler>());
            scheduler.RunUntil(stop.Token).GetAwaiter().GetResult();
            output.WriteLine("Penjadwal berhenti.");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static void Stop(PosixSignalContext signal, CancellationTokenSource stop)
    {
        // Cancelling the default handling lets the running job finish before the process ends.
        signal.Cancel = true;
        stop.Cancel();
    }
}
