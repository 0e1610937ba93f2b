using SakipAnalytics.Cli.Pipeline;
using SakipAnalytics.Ingest.Findings;
using SakipAnalytics.Ingest.Loading;
using SakipAnalytics.Model.Formatting;

namespace SakipAnalytics.Cli.Summary;

/// <summary>The short report of a run that office staff read on the console, in Indonesian.</summary>
public static class RunSummary
{
    /// <summary>Warnings listed one by one before the rest are only counted.</summary>
    public const int MaxWarningsListed = 20;

    public static void Write(RunResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);

        WriteCounts(result.Ingest, output);
        WriteRejected(result, output);
        WriteWarnings(result.Ingest, output);
        WriteOutputs(result, output);
        output.WriteLine($"Waktu: {IndonesianFormat.Number((decimal)result.Elapsed.TotalSeconds, 1)} detik");
    }

    private static void WriteCounts(IngestReport ingest, TextWriter output)
    {
        output.WriteLine(
            $"Berkas dibaca: {ingest.Read}; dimuat: {ingest.Loaded} (koreksi: {ingest.Corrected}); "
            + $"sudah pernah dimuat: {ingest.AlreadyLoaded}; ditolak: {ingest.Rejected}; peringatan: {ingest.Warnings}");
    }

    /// <summary>One line per rejected file: how many problems, the first, and the report that lists them all.</summary>
    private static void WriteRejected(RunResult result, TextWriter output)
    {
        foreach (var file in result.Ingest.Files.Where(f => f.Status == LoadStatus.Rejected))
        {
            var errors = file.Errors.ToList();
            var report = result.RejectionReports.TryGetValue(file.Path, out var path) ? $" Laporan: {Shown(path)}" : "";
            output.WriteLine($"DITOLAK {file.FileName}: {errors.Count} masalah; yang pertama: {errors[0]}{report}");
        }
    }

    private static void WriteWarnings(IngestReport ingest, TextWriter output)
    {
        var warnings = ingest.Files
            .SelectMany(f => f.Findings.Where(x => x.Severity == Severity.Warning).Select(x => (f.FileName, Finding: x)))
            .ToList();
        foreach (var (file, finding) in warnings.Take(MaxWarningsListed))
            output.WriteLine($"Peringatan {file}: {finding}");

        if (warnings.Count > MaxWarningsListed)
            output.WriteLine($"... dan {warnings.Count - MaxWarningsListed} peringatan lain (lihat tabel load_finding).");
    }

    /// <summary>
    /// How many data-quality findings the checks across sources made: more than the warnings read
    /// from single files above, so the count points to where they are listed.
    /// </summary>
    private static void WriteFindings(RunResult result, TextWriter output)
    {
        if (result.Tables.FirstOrDefault(t => t.Table.Name == "temuan" && t.Path is not null) is not { } findings)
            return;

        output.WriteLine(findings.Rows == 0
            ? "Temuan kualitas data: tidak ada"
            : $"Temuan kualitas data: {findings.Rows}, dirinci di {Shown(findings.Path!)} (atau: sakip check)");
    }

    /// <summary>A path as the user can open it from where they ran the command.</summary>
    private static string Shown(string path) => Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(path));

    private static void WriteOutputs(RunResult result, TextWriter output)
    {
        foreach (var file in result.Ingest.Files.Where(f => f.Status == LoadStatus.Corrected))
            output.WriteLine($"Koreksi: {file.FileName} menggantikan {file.Superseded}");

        output.WriteLine($"Basis data: {Shown(result.DatabasePath)} ({result.CapaianComputed} capaian dihitung)");
        if (result.Tables.FirstOrDefault(t => t.Path is not null)?.Path is { } first)
        {
            output.WriteLine(
                $"Tabel analisis: {result.Tables.Count(t => t.Path is not null)} tabel xlsx di {Shown(Path.GetDirectoryName(first)!)} "
                + $"(dihitung dalam {IndonesianFormat.Number((decimal)result.AnalysisElapsed.TotalSeconds, 1)} detik)");
        }

        WriteFindings(result, output);

        if (result.LkjipPath is not null)
            output.WriteLine($"LKjIP {result.LkjipYear}: {Shown(result.LkjipPath)}");
        if (result.DashboardPath is not null && result.DashboardMonth is { } month)
            output.WriteLine($"Dasbor {IndonesianFormat.MonthYear(month.Year, month.Month)}: {Shown(result.DashboardPath)}");
        if (result.Evaluation is { Paths: [var office, ..] } evaluation)
            output.WriteLine($"Evaluasi LKE {evaluation.Evaluation.Year}: {Shown(office)} dan laporan tiap unit di "
                + $"{Shown(Path.GetDirectoryName(office)!)}; {evaluation.Evaluation.Differences.Count()} nilai evaluator tidak "
                + "sesuai jawaban (sakip evaluate untuk rinciannya)");
        foreach (var note in result.Notes)
            output.WriteLine(note);
    }
}
