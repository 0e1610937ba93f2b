using SakipAnalytics.Model.Errors;

namespace SakipAnalytics.Model.Evaluation;

/// <summary>
/// The rubrics shipped with the product (the files in <c>model/Evaluation/Rubrics</c>), and the
/// choice of one for a worksheet: a rubric named by setting, or else the one the worksheet's own
/// answers and weights fit, the office guideline's 12/2015 scheme by default.
/// </summary>
public static class RubricCatalog
{
    public const string Guideline = "12/2015";
    public const string Scheme2021 = "88/2021";

    /// <summary>The setting's value that lets each worksheet choose.</summary>
    public const string Automatic = "otomatis";

    private static readonly Lazy<IReadOnlyList<Rubric>> Shipped = new(LoadShipped);

    public static IReadOnlyList<Rubric> All => Shipped.Value;

    /// <summary>A shipped rubric by id, or a rubric file by path; null for <see cref="Automatic"/>.</summary>
    public static Rubric? FromSetting(string? setting)
    {
        if (string.IsNullOrWhiteSpace(setting) || setting.Equals(Automatic, StringComparison.OrdinalIgnoreCase))
            return null;

        if (All.FirstOrDefault(r => r.Id == setting.Trim()) is { } shipped)
            return shipped;

        if (!File.Exists(setting))
        {
            var choices = string.Join(", ", All.Select(r => r.Id));
            throw new RubricException(setting, $"bukan {choices}, '{Automatic}', atau berkas rubrik yang ada");
        }

        using var stream = File.OpenRead(setting);
        var rubric = RubricFile.Read(stream, setting);
        return All.Any(r => r.Id == rubric.Id)
            ? throw new RubricException(setting, $"\"id\" {rubric.Id} sudah dipakai rubrik bawaan; beri nama lain")
            : rubric;
    }

    /// <summary>
    /// The rubric a worksheet was filled in under: the one whose components and sub-components it
    /// has with the same numbers and weights most often, the guideline's on a tie. One stray answer
    /// does not change the choice; it is reported against the rubric the rest of the sheet fits.
    /// </summary>
    public static Rubric For(LkeWorksheet worksheet)
    {
        ArgumentNullException.ThrowIfNull(worksheet);

        return All.OrderByDescending(r => Fit(worksheet, r)).ThenByDescending(r => r.Id == Guideline).First();
    }

    // How many of the rubric's nodes the worksheet has with the rubric's weight, and criteria it answers in the rubric's terms.
    private static int Fit(LkeWorksheet worksheet, Rubric rubric) =>
        rubric.Nodes.Count(n => worksheet.Entry(n.Number)?.Weight == n.Weight)
        + worksheet.Criteria.Count(c => rubric.Value(c.Answer!) is not null);

    private static IReadOnlyList<Rubric> LoadShipped()
    {
        var assembly = typeof(RubricCatalog).Assembly;
        return
        [
            .. assembly.GetManifestResourceNames()
                .Where(n => n.Contains(".Evaluation.Rubrics.", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .Select(n => RubricFile.Read(assembly.GetManifestResourceStream(n)!, n)),
        ];
    }
}
