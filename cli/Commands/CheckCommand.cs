using System.CommandLine;
using SakipAnalytics.Cli.Quality;
using SakipAnalytics.Cli.Settings;
using SakipAnalytics.Model.Analysis.Tables;
using SakipAnalytics.Model.Quality;
using SakipAnalytics.Reports.Exports;

namespace SakipAnalytics.Cli.Commands;

/// <summary>
/// <c>sakip check [--year] [--month] [--unit]</c>: every data-quality and reconciliation finding
/// over the store, on the console and as a workbook the evaluation team can sort and annotate.
/// Exits 0 when nothing was found and 1 when something was.
/// </summary>
public static class CheckCommand
{
    public static Command Create(TextWriter output)
    {
        var options = new ExportOptions();
        var command = new Command("check", "Periksa kualitas data dan rekonsiliasi antarsumber; tulis temuan ke xlsx");
        options.AddFiltersTo(command);
        command.SetAction((parse, _) => Guard.RunAsync(output, () => Check(parse, options, output)));
        return command;
    }

    private static async Task<int> Check(ParseResult parse, ExportOptions options, TextWriter output)
    {
        var settings = StoreOptions.Settings(parse, options.OutFolder, options.Cap);
        var filter = options.Filter(parse);
        var export = Workbook(parse, options, settings, filter);
        using var store = StoreOptions.OpenExisting(settings);
        var session = new AnalysisSession(store, settings.Analysis());
        var findings = QualityFindings.Read(session, filter);
        CheckReportText.Write(findings, TableExporter.FilterText(filter), session.Settings, output);

        await TableExporter.ExportAsync(session, export, OfficeClock.Now(settings));
        output.WriteLine();
        output.WriteLine($"Tabel temuan: {export.Path}");
        return findings.Count == 0 ? ExitCodes.Success : ExitCodes.FindingsReported;
    }

    private static TableExport Workbook(ParseResult parse, ExportOptions options, SakipSettings settings, TableFilter filter)
    {
        var table = AnalysisTables.Find("temuan")!;
        var file = options.Destination(parse);
        if (file is not null && !file.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            throw new SettingsException(
                $"sakip check menulis temuan sebagai xlsx; beri --file berakhiran .xlsx, bukan {Path.GetFileName(file)}.");
        var path = file ?? Path.Combine(
            settings.OutputFolder, "pemeriksaan", TableExporter.DefaultFileName(table, filter, ExportFormat.Xlsx));
        return new TableExport(table, filter, ExportFormat.Xlsx, path);
    }
}
