using System.Diagnostics;
using System.CommandLine;
using SakipAnalytics.Cli.Pipeline;
using SakipAnalytics.Cli.Settings;
using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Formatting;

namespace SakipAnalytics.Cli.Commands;

/// <summary>
/// <c>sakip dashboard [--year 2026 --month 3]</c>: the monthly leadership dashboard of one month
/// (by default the latest the units reported) into <c>out/dashboard/&lt;yyyy-mm&gt;/</c>, with the
/// index of months beside it, as the main job and the monthly job write it.
/// </summary>
public static class DashboardCommand
{
    public static Command Create(TextWriter output)
    {
        var year = CommonOptions.Year("Tahun (bawaan: bulan terakhir yang dilaporkan unit)");
        var month = CommonOptions.Month();
        var outFolder = CommonOptions.Output();
        var cap = CommonOptions.Cap();
        var command = new Command("dashboard", "Susun dasbor kinerja bulanan (HTML) satu bulan") { year, month, outFolder, cap };
        command.SetAction(parse => Guard.Run(output, () =>
        {
            var started = Stopwatch.GetTimestamp();
            var settings = StoreOptions.Settings(parse, outFolder, cap);
            using var store = StoreOptions.OpenExisting(settings);
            var (y, m) = ReportedMonth(new ResultQueries(store), parse.GetValue(year), parse.GetValue(month));
            output.WriteLine($"Ditulis: {Path.GetFullPath(OutputSteps.Dashboard(store, settings, y, m))}");
            output.WriteLine($"Waktu: {IndonesianFormat.Number((decimal)Stopwatch.GetElapsedTime(started).TotalSeconds, 1)} detik");
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>The month asked for, which units must have reported; else the latest they reported.</summary>
    private static (int Year, int Month) ReportedMonth(ResultQueries queries, int? year, int? month)
    {
        if (year is null && month is null)
        {
            var periods = queries.Periods();
            return periods.LatestYear is { } y && periods.LatestMonth is { } m
                ? (y, m)
                : throw new SettingsException("Belum ada laporan capaian bulanan dari unit di basis data.");
        }

        if (year is not { } asked || month is not { } askedMonth)
            throw new SettingsException("--year dan --month diberikan bersama, misalnya --year 2026 --month 3.");

        var office = queries.Office().Code;
        if (!queries.IndicatorResults(asked, askedMonth).Any(r => r.UnitCode != office))
            throw new SettingsException($"Belum ada laporan capaian unit untuk {IndonesianFormat.MonthYear(asked, askedMonth)}.");
        return (asked, askedMonth);
    }
}
