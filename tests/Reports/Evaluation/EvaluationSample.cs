using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Evaluation;

namespace SakipAnalytics.Reports.Tests.Evaluation;

/// <summary>
/// A 2025 evaluation of three units under the guideline rubric. SEK answers A nearly everywhere
/// (97,19, rank 1); PSAA answers B with a weak 1.b.2 and has a 2024 worksheet of C answers
/// (71,27 from 50,00, rank 2); PSBR answers C, its evaluator wrote 2.b and the total wrong, one
/// answer is unknown, and its output answer A contradicts the data (50,75, rank 3).
/// </summary>
internal static class EvaluationSample
{
    public const int Year = 2025;

    public static readonly OfficeProfile Office = new("DINSOS", "Dinas Sosial Provinsi Nusa Tenggara Barat");

    public static OfficeEvaluation Create()
    {
        LkeResult[] thisYear =
        [
            new LkeWorksheetBuilder("SEK", "Sekretariat", Year, "A").Answers("3.b", "B", "C").Score(),
            new LkeWorksheetBuilder("PSAA", "UPTD Panti Sosial Asuhan Anak", Year, "B").Answers("1.b.2", "C", "D")
                .Note("1.b.2.2", "PK belum memuat indikator outcome.").Score(),
            new LkeWorksheetBuilder("PSBR", "UPTD Panti Sosial Bina Remaja", Year, "C")
                .Answers("5.a", "A", "C").Answers("4.a", "C", "X")
                .Stated("2.b", 7.50m).Stated(LkeWorksheet.TotalNumber, 52.00m).Score(),
        ];
        LkeResult[] lastYear = [new LkeWorksheetBuilder("PSAA", "UPTD Panti Sosial Asuhan Anak", Year - 1, "C").Score()];

        return LkeBenchmark.Build(Year, thisYear, lastYear, Checks);
    }

    private static IReadOnlyList<AnswerCheck> Checks(LkeResult result) => result.UnitCode switch
    {
        "PSAA" =>
        [
            new(Criterion(result, "5.a.1"), CapaianCheckKind.OutputTarget, 0.75m, 0.75m, "B",
                "3 dari 4 indikator output mencapai target (IKK-1 104,00%; IKK-2 100,00%; IKK-3 101,50%; IKK-4 80,00%)",
                CheckVerdict.Agrees),
            new(Criterion(result, "5.c.1"), CapaianCheckKind.Peers, 0.75m, null, null,
                "tidak ada unit uptd lain dengan capaian Desember 2025 untuk dibandingkan", CheckVerdict.Untestable),
        ],
        "PSBR" =>
        [
            new(Criterion(result, "5.a.1"), CapaianCheckKind.OutputTarget, 1m, 0.25m, "D",
                "1 dari 4 indikator output mencapai target (IKK-5 104,00%; IKK-6 80,00%; IKK-7 75,50%; IKK-8 60,00%)",
                CheckVerdict.Contradicts),
        ],
        _ => [],
    };

    private static LkeEntry Criterion(LkeResult result, string number) => result.Worksheet.Entry(number)!;
}
