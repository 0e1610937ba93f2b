using System.Globalization;
using SakipAnalytics.DataGenerator.Office;
using SakipAnalytics.DataGenerator.Randomness;

namespace SakipAnalytics.DataGenerator.Lke;

/// <summary>
/// Plays the internal evaluation team: answers each criterion for a unit according to how mature
/// the unit's SAKIP is, writes a note on some weak answers, and scores the worksheet.
/// </summary>
public static class LkeEvaluator
{
    private const int MaxDraws = 5000;

    // How mature each unit's SAKIP practice was in 2024, and how much it moved by 2025.
    private static readonly Dictionary<string, (decimal Level, decimal Change)> Maturity = new(StringComparer.Ordinal)
    {
        ["SEKRE"] = (0.80m, 0.04m),
        ["REHSOS"] = (0.72m, 0.05m),
        ["LINJAMSOS"] = (0.68m, 0.05m),
        ["PB"] = (0.66m, -0.04m),
        ["DAYASOS"] = (0.64m, 0.05m),
        ["PSTW"] = (0.62m, 0.06m),
        ["PSBL"] = (0.55m, 0.03m),
        ["PSAA"] = (0.60m, 0.06m),
        ["PRSPD"] = (0.58m, 0.05m),
        ["PSBR"] = (0.50m, 0.09m),
    };

    private static readonly string[] NotePool =
    [
        "Bukti dukung belum diunggah",
        "Dokumen belum dipublikasikan di laman resmi",
        "Belum ada reviu berkala oleh atasan langsung",
        "Indikator belum memenuhi kriteria SMART",
        "Rekomendasi evaluasi tahun lalu belum ditindaklanjuti",
        "Data dukung tidak konsisten dengan laporan bulanan",
    ];

    public static LkeWorksheet Evaluate(UnitKerja unit, int year)
    {
        ArgumentNullException.ThrowIfNull(unit);

        var random = new SeededRandom($"lke|{unit.Kode}|{year.ToString(CultureInfo.InvariantCulture)}");
        var (level, change) = Maturity[unit.Kode];
        var quality = year == 2024 ? level : level + change;
        for (var draw = 0; draw < MaxDraws; draw++)
        {
            var answers = Answers(quality, random);
            var scores = new LkeScores(answers);
            if (scores.RoundsCleanly)
                return new LkeWorksheet(unit, year, answers, Notes(answers, random), scores.Shown, scores.Total);
        }

        throw new InvalidOperationException($"No cleanly rounding LKE for {unit.Kode} {year} in {MaxDraws} draws.");
    }

    private static Dictionary<string, string> Answers(decimal quality, SeededRandom random) =>
        LkeRubric.AllNodes.Where(n => n.IsCriterion).ToDictionary(
            n => n.Nomor,
            n => n.Kind == AnswerKind.YaTidak
                ? (random.Between(0m, 1m) < quality + 0.15m ? "Y" : "T")
                : Jawaban.Grade(quality + random.Noise(0.3m)),
            StringComparer.Ordinal);

    private static Dictionary<string, string> Notes(Dictionary<string, string> answers, SeededRandom random) =>
        answers.Where(a => Jawaban.IsLow(a.Value))
            .Select(a => (a.Key, Note: random.Chance(0.45) ? random.Pick(NotePool) : null))
            .Where(a => a.Note is not null)
            .ToDictionary(a => a.Key, a => a.Note!, StringComparer.Ordinal);
}
