using System.CommandLine;
using SakipAnalytics.Cli.Pipeline;
using SakipAnalytics.Cli.Settings;
using SakipAnalytics.Cli.Summary;
using SakipAnalytics.Model.Errors;
using SakipAnalytics.Model.Evaluation;

namespace SakipAnalytics.Cli.Commands;

/// <summary>
/// <c>sakip evaluate [--year 2025] [--rubric 88/2021]</c>: scores every unit's loaded LKE worksheet
/// of the year, ranks the units, names every evaluator figure the answers do not give, and writes
/// the evaluation reports and recap into <c>out/evaluasi/</c>.
/// </summary>
public static class EvaluateCommand
{
    public static Command Create(TextWriter output)
    {
        var year = CommonOptions.Year("Tahun yang dievaluasi (bawaan: tahun LKE terakhir yang dimuat)");
        var rubric = new Option<string?>("--rubric")
        {
            Description = "Rubrik: otomatis, 12/2015, 88/2021 atau berkas rubrik .json (bawaan: LkeRubric di sakip.json, otomatis)",
        };
        var outFolder = CommonOptions.Output();
        var command = new Command("evaluate", "Nilai LKE unit satu tahun: peringkat, selisih nilai evaluator, laporan evaluasi")
        {
            year, rubric, outFolder,
        };
        command.SetAction(parse => Guard.Run(output, () => Evaluate(parse, year, rubric, outFolder, output)));
        return command;
    }

    private static int Evaluate(ParseResult parse, Option<int?> year, Option<string?> rubric, Option<string?> outFolder, TextWriter output)
    {
        var settings = StoreOptions.Settings(parse, outFolder);
        using var store = StoreOptions.OpenExisting(settings);
        var evaluated = EvaluatedYear(new LkeQueries(store), parse.GetValue(year));
        var written = OutputSteps.Evaluation(store, settings, TimeProvider.System, evaluated, Rubric(parse.GetValue(rubric)));

        EvaluationSummary.Write(written, output);
        return ExitCodes.Success;
    }

    private static int EvaluatedYear(LkeQueries queries, int? asked)
    {
        var years = queries.Years();
        if (asked is { } year)
            return years.Contains(year) ? year : throw new SettingsException(NoWorksheets(year, years));

        return years.Count > 0
            ? years[0]
            : throw new SettingsException("Belum ada lembar kerja LKE yang dimuat; jalankan 'sakip run' lebih dulu.");
    }

    private static string NoWorksheets(int year, IReadOnlyList<int> years) => years.Count == 0
        ? $"Belum ada lembar kerja LKE yang dimuat, juga untuk tahun {year}."
        : $"Belum ada lembar kerja LKE tahun {year}; yang dimuat: {string.Join(", ", years.Order())}.";

    private static Rubric? Rubric(string? option)
    {
        try
        {
            return RubricCatalog.FromSetting(option);
        }
        catch (RubricException ex)
        {
            throw new SettingsException($"--rubric: {ex.Message}");
        }
    }
}
