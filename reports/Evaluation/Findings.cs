using SakipAnalytics.Model.Evaluation;
using SakipAnalytics.Reports.Lkjip;
using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Evaluation;

/// <summary>
/// The "Temuan" section of a unit's report: each figure the evaluator wrote that the answers do not
/// give, and each place the worksheet departs from its rubric; or a sentence saying there are none.
/// </summary>
internal static class Findings
{
    public const string Section = "3";

    public static void Append(EvaluationDocument document, LkeResult result)
    {
        document.Append(Heading.Section($"{Section}. Temuan"));
        AppendDifferences(document, result);
        AppendProblems(document, result);
    }

    private static void AppendDifferences(EvaluationDocument document, LkeResult result)
    {
        if (result.Differences.Count == 0)
        {
            document.AppendPlain(
                "Setiap subtotal dan nilai akhir yang ditulis evaluator sesuai dengan hasil hitung ulang dari jawaban.");
            return;
        }

        document.Append(KeepWithNext.Apply(BodyText.Plain(
            $"Pada {result.Differences.Count} baris, nilai yang ditulis evaluator berbeda dari hasil hitung ulang dari jawaban. "
            + "Nilai dalam laporan ini memakai hasil hitung ulang.")));
        document.AppendTable(Section, "Selisih nilai evaluator", DifferenceTable.ForUnit(result));
    }

    private static void AppendProblems(EvaluationDocument document, LkeResult result)
    {
        if (result.Problems.Count == 0)
        {
            document.AppendPlain($"Lembar kerja sesuai dengan rubrik {result.Rubric.Id}: setiap kriteria terjawab dengan jawaban "
                + "yang dikenal rubrik dan setiap bobot sesuai.");
            return;
        }

        document.Append(KeepWithNext.Apply(BodyText.Plain(
            $"Lembar kerja menyimpang dari rubrik {result.Rubric.Id} pada {result.Problems.Count} hal berikut:")));
        foreach (var (problem, index) in result.Problems.Select((p, i) => (p, i + 1)))
            document.Append(ListItem.Of(ListItem.Number(index), Describe(problem)));
    }

    /// <summary>
    /// A problem with what was found, what was expected and where: "Jawaban kriteria 2.a.2 tidak dikenal
    /// rubrik 12/2015; dihitung 0 (tertulis BB; diharapkan Y, T, ...; berkas, sheet LKE, baris 20)."
    /// </summary>
    public static string Describe(WorksheetProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);

        string?[] details =
        [
            problem.Found is { } found ? $"tertulis {found}" : null,
            problem.Expected is { } expected ? $"diharapkan {expected}" : null,
            problem.Source?.ToString(),
        ];
        var known = details.OfType<string>().ToList();
        return known.Count == 0 ? problem.Message + "." : $"{problem.Message} ({string.Join("; ", known)}).";
    }
}
