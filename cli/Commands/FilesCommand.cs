using System.CommandLine;
using SakipAnalytics.Cli.Provenance;
using SakipAnalytics.Model.Provenance;

namespace SakipAnalytics.Cli.Commands;

/// <summary><c>sakip files</c>: every file the store has seen, with its kind, unit, period and status.</summary>
public static class FilesCommand
{
    public static Command Create(TextWriter output)
    {
        var outFolder = CommonOptions.Output();
        var command = new Command("files", "Daftar berkas yang pernah dimuat, diganti atau ditolak") { outFolder };
        command.SetAction(parse => Guard.Run(output, () =>
        {
            using var store = StoreOptions.OpenExisting(StoreOptions.Settings(parse, outFolder));
            FilesTable.Write(new ProvenanceQueries(store).Files(), output);
            return ExitCodes.Success;
        }));
        return command;
    }
}
