using SakipAnalytics.Model.Evaluation;
using SakipAnalytics.Reports.Lkjip;
using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Evaluation;

/// <summary>
/// The office's evaluation report: the units ranked, the sub-components where coaching pays most,
/// the evaluator figures that differ from the answers, and the answers the data contradicts.
/// </summary>
internal static class OfficeReport
{
    private const string Ranking = "1";
    private const string Weakest = "2";
    private const string Differences = "3";
    private const string Contradictions = "4";

    public static void Write(EvaluationDocument document, OfficeEvaluation evaluation)
    {
        ReportTitle.Append(document, document.Office.Name, evaluation.Year,
        [
            ("Instansi", document.Office.Name),
            ("Tahun yang dievaluasi", $"{evaluation.Year}"),
            ("Unit yang dievaluasi", $"{evaluation.Units.Count} unit"),
            ("Rubrik", RubricText.Of(evaluation)),
        ]);
        AppendRanking(document, evaluation);
        AppendWeakest(document, evaluation);
        AppendDifferences(document, evaluation);
        AppendContradictions(document, evaluation);
    }

    private static void AppendRanking(EvaluationDocument document, OfficeEvaluation evaluation)
    {
        var components = ComponentColumns.Of(evaluation);

        document.Append(Heading.Section($"{Ranking}. Peringkat Unit"));
        document.AppendTable(Ranking, "Peringkat nilai evaluasi unit", RankingTable.Build(evaluation, components));
        document.AppendPlain($"Keterangan kolom: {components.Legend()}.");
        document.AppendPlain(RankingText.Of(evaluation));
    }

    private static void AppendWeakest(EvaluationDocument document, OfficeEvaluation evaluation)
    {
        document.Append(Heading.Section($"{Weakest}. Sub Komponen Terlemah"));
        if (evaluation.Weakest.Count == 0)
        {
            document.AppendPlain("Tidak ada sub komponen yang dinilai.");
            return;
        }

        var first = evaluation.Weakest[0];
        var lost = ScoreText.Score(first.PointsLost);
        document.Append(KeepWithNext.Apply(BodyText.Plain(
            $"Pada {evaluation.Weakest.Count} sub komponen berikut, unit-unit bersama-sama kehilangan poin paling banyak, "
            + "sehingga pembinaan di sub komponen inilah yang paling besar menaikkan nilai. Di sub komponen "
            + $"{first.Rubric.Number} {first.Rubric.Title} saja, {first.Units} unit kehilangan {lost} poin.")));
        document.AppendTable(Weakest, "Sub komponen terlemah di semua unit", WeakestTable.Build(evaluation.Weakest));
    }

    private static void AppendDifferences(EvaluationDocument document, OfficeEvaluation evaluation)
    {
        var count = evaluation.Differences.Count();

        document.Append(Heading.Section($"{Differences}. Selisih Nilai Evaluator"));
        if (count == 0)
        {
            document.AppendPlain("Tidak ada selisih: setiap subtotal dan nilai akhir yang ditulis evaluator di semua unit "
                + "sesuai dengan hasil hitung ulang dari jawaban.");
        }
        else
        {
            document.Append(KeepWithNext.Apply(BodyText.Plain($"{count} nilai yang ditulis evaluator berbeda dari hasil "
                + "hitung ulang dari jawaban; laporan ini memakai hasil hitung ulang.")));
            document.AppendTable(Differences, "Selisih nilai evaluator", DifferenceTable.ForOffice(evaluation));
        }

        AppendProblemCount(document, evaluation);
    }

    private static void AppendProblemCount(EvaluationDocument document, OfficeEvaluation evaluation)
    {
        var problems = evaluation.Units.Sum(u => u.Result.Problems.Count);
        if (problems > 0)
            document.AppendPlain($"Selain itu, lembar kerja menyimpang dari rubriknya pada {problems} hal (misalnya jawaban "
                + "tidak dikenal, kriteria belum dijawab, atau bobot berbeda); rinciannya ada di laporan setiap unit.");
    }

    private static void AppendContradictions(EvaluationDocument document, OfficeEvaluation evaluation)
    {
        var contradictions = ContradictionTable.Of(evaluation);

        document.Append(Heading.Section($"{Contradictions}. Jawaban Capaian Kinerja yang Bertentangan dengan Data"));
        if (contradictions.Count == 0)
        {
            document.AppendPlain(
                $"Tidak ada jawaban Capaian Kinerja yang bertentangan dengan data capaian Desember {evaluation.Year}.");
            return;
        }

        document.Append(KeepWithNext.Apply(BodyText.Plain($"{contradictions.Count} jawaban Capaian Kinerja berselisih lebih "
            + "dari satu tingkat dari yang ditunjukkan data capaian; jawaban ini perlu ditinjau ulang oleh evaluator.")));
        document.AppendTable(Contradictions, "Jawaban Capaian Kinerja yang bertentangan dengan data",
            ContradictionTable.Build(contradictions));
    }
}
