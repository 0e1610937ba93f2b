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
        return RubricFile.Read(stream, setting);
    }

    /// <summary>
    /// The rubric a worksheet was filled in under: 88/2021 when it carries an answer only that
    /// scheme has (AA, BB, CC) or its components weigh as that scheme's do; the guideline otherwise.
    /// </summary>
    public static Rubric For(LkeWorksheet worksheet)
    {
        ArgumentNullException.ThrowIfNull(worksheet);

        var scheme2021 = All.Single(r => r.Id == Scheme2021);
        var guideline = All.Single(r => r.Id == Guideline);
        var onlyIn2021 = worksheet.Criteria.Any(c => scheme2021.Value(c.Answer!) is not null && guideline.Value(c.Answer!) is null);
        return onlyIn2021 || WeighsAs(worksheet, scheme2021) ? scheme2021 : guideline;
    }

    private static bool WeighsAs(LkeWorksheet worksheet, Rubric rubric) =>
        rubric.Components.All(c => worksheet.Entry(c.Number)?.Weight == c.Weight)
        && worksheet.Entries.Count(e => e.Depth == 1 && !e.IsCriterion) == rubric.Components.Count;

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
