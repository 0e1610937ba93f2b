using System.CommandLine;
using SakipAnalytics.Cli.Settings;
using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Reports.Lkjip;

namespace SakipAnalytics.Cli.Commands;

/// <summary>
/// <c>sakip report lkjip|bab3|unit</c>: the LKjIP draft of a year, its Bab III alone with the tables
/// as a workbook, or the same outline for one unit (the UPTD reports), into <c>out/laporan/</c>.
/// </summary>
public static class ReportCommand
{
    /// <summary>Writes one kind of document into a folder and returns the paths written.</summary>
    private delegate string[] Writing(LkjipWriter writer, LkjipFacts facts, string folder);

    public static Command Create(TextWriter output) => new("report", "Susun dokumen laporan kinerja (Word) dari basis data")
    {
        Document("lkjip", "Draf LKjIP Dinas satu tahun", withUnit: false, output, WholeDraft),
        Document("bab3", "Bab III LKjIP saja (.docx) beserta tabelnya (.xlsx)", withUnit: false, output, BabIII),
        Document("unit", "Laporan kinerja satu unit (kerangka LKjIP tingkat unit)", withUnit: true, output, WholeDraft),
    };

    private static Command Document(string name, string description, bool withUnit, TextWriter output, Writing write)
    {
        var options = new ReportOptions();
        var command = new Command(name, description);
        options.AddTo(command, withUnit);
        command.SetAction(parse => Guard.Run(output, () => Write(parse, options, output, write)));
        return command;
    }

    private static int Write(ParseResult parse, ReportOptions options, TextWriter output, Writing write)
    {
        var settings = StoreOptions.Settings(parse, options.OutFolder, options.Cap);
        using var store = StoreOptions.OpenExisting(settings);
        var scope = options.Scope(parse, store);
        var year = options.ReportYear(parse, store, scope);
        var facts = LkjipFactsBuilder.Build(store, year, settings.Analysis(), scope);
        var folder = Directory.CreateDirectory(Path.Combine(settings.OutputFolder, "laporan")).FullName;

        foreach (var path in write(new LkjipWriter(TimeProvider.System), facts, folder))
            output.WriteLine($"Ditulis: {path}");
        return ExitCodes.Success;
    }

    private static string[] WholeDraft(LkjipWriter writer, LkjipFacts facts, string folder) => [writer.WriteToFolder(facts, folder)];

    private static string[] BabIII(LkjipWriter writer, LkjipFacts facts, string folder)
    {
        var (document, workbook) = writer.WriteBabIIIToFolder(facts, folder);
        return [document, workbook];
    }
}
