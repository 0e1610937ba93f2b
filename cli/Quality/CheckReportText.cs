using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Formatting;
using SakipAnalytics.Model.Quality;

namespace SakipAnalytics.Cli.Quality;

/// <summary>The console report of <c>sakip check</c>, in Indonesian: counts by kind, then every finding.</summary>
public static class CheckReportText
{
    public static void Write(
        IReadOnlyList<QualityFinding> findings, string scope, AnalysisSettings settings, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(output);

        output.WriteLine($"Pemeriksaan data ({scope}): {Count(findings.Count)}");
        output.WriteLine("Pengaturan:");
        foreach (var (name, value) in settings.Describe())
            output.WriteLine($"  {name}: {value}");
        foreach (var group in findings.GroupBy(f => f.Kind))
        {
            output.WriteLine();
            output.WriteLine($"{Heading(group.Key)} ({group.Count()})");
            foreach (var finding in group)
                output.WriteLine("  - " + Line(finding));
        }
    }

    /// <summary>One finding: where it is, what it says, what was found and what was expected.</summary>
    public static string Line(QualityFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);

        var where = string.Join(", ", Where(finding));
        var text = (where.Length == 0 ? "" : where + ": ") + Sentence(finding.Message);
        if (finding.Found is not null)
            text += $" Ditemukan '{finding.Found}'.";
        if (finding.Expected is not null)
            text += $" Seharusnya {finding.Expected}.";
        return text;
    }

    private static IEnumerable<string> Where(QualityFinding f)
    {
        if (f.File is not null)
            yield return f.File;
        else if (f.Year is { } year)
            yield return f.Month is { } month ? IndonesianFormat.MonthYear(year, month) : $"tahun {year}";
        if (f.Sheet is not null)
            yield return $"sheet {f.Sheet}";
        if (f.Row is { } row)
            yield return $"baris {row}";
        if (f.Column is not null)
            yield return $"kolom {f.Column}";
    }

    private static string Sentence(string message) => message.EndsWith('.') ? message : message + ".";

    private static string Heading(string kind) => char.ToUpperInvariant(kind[0]) + kind[1..];

    private static string Count(int count) => count == 0 ? "tidak ada temuan" : $"{count} temuan";
}
