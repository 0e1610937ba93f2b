using SakipAnalytics.Model.Formatting;
using SakipAnalytics.Model.Provenance;

namespace SakipAnalytics.Cli.Provenance;

/// <summary>Prints the files the store has seen, newest first, as a plain table.</summary>
public static class FilesTable
{
    private const string Header =
        "  No  Status                 Jenis     Unit       Periode   Baris Peringatan  Diterima (UTC)    Berkas";

    public static void Write(IReadOnlyList<SourceFileRecord> files, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(output);

        output.WriteLine(Header);
        foreach (var f in files)
        {
            output.WriteLine(
                $"{f.FileId,4}  {Status(f),-22} {f.Kind,-9} {f.UnitCode ?? "-",-10} {Period(f),-8} {f.Rows,6} "
                + $"{f.Warnings,10}  {f.Received,-16}  {f.FileName}");
        }

        output.WriteLine($"{files.Count} berkas.");
    }

    private static string Status(SourceFileRecord file) => file.Status switch
    {
        "loaded" => "dimuat",
        "superseded" => $"diganti #{file.SupersededBy}",
        "rejected" when file.SupersededBy is { } by => $"ditolak, diganti #{by}",
        "rejected" => "ditolak",
        var other => other,
    };

    private static string Period(SourceFileRecord file) => (file.Year, file.Month) switch
    {
        ({ } y, { } m) => $"{m:00}/{y}",
        ({ } y, null) => y.ToString(IndonesianFormat.CultureInfo),
        _ => "-",
    };
}
