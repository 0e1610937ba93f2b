using System.Text.Json;
using System.Text.Json.Serialization;
using SakipAnalytics.Model.Errors;
using SakipAnalytics.Model.Formatting;

namespace SakipAnalytics.Model.Evaluation;

/// <summary>
/// Reads a rubric from its JSON file and checks that it holds together: parts weigh what their
/// component weighs, components weigh 100, answers are worth 0 to 1, grades run downwards.
/// </summary>
public static class RubricFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
    };

    public static Rubric Read(Stream json, string file)
    {
        ArgumentNullException.ThrowIfNull(json);

        var parsed = Parse(json, file);
        CheckNodes(parsed.Components ?? [], file);
        CheckAnswerNames(parsed.Answers ?? [], file);
        var rubric = ToRubric(parsed, file);
        CheckWeights(rubric, file);
        CheckAnswersAndGrades(rubric, file);
        CheckCriteria(rubric, file);
        return rubric;
    }

    private static RubricJson Parse(Stream json, string file)
    {
        try
        {
            return JsonSerializer.Deserialize<RubricJson>(json, Options) ?? throw new RubricException(file, "berkas kosong");
        }
        catch (JsonException ex)
        {
            throw new RubricException(file, $"JSON tidak sah ({ex.Message})");
        }
    }

    private static Rubric ToRubric(RubricJson json, string file) => new()
    {
        Id = json.Id ?? throw new RubricException(file, "\"id\" tidak ada"),
        Name = json.Name ?? json.Id,
        Answers = (json.Answers ?? []).ToDictionary(a => a.Key.Trim().ToUpperInvariant(), a => a.Value, StringComparer.Ordinal),
        Grades = [.. (json.Grades ?? []).Select(g => new GradeBand(g.Grade, g.Label, g.Above))],
        Components = [.. (json.Components ?? []).Select(ToNode)],
        Checks = json.Checks ?? [],
    };

    private static RubricNode ToNode(NodeJson json) =>
        new(json.Number, json.Title, json.Weight, [.. (json.Parts ?? []).Select(ToNode)], json.Advice);

    private static void CheckNodes(List<NodeJson> components, string file)
    {
        var nodes = Flatten(components).ToList();
        foreach (var node in nodes)
        {
            Require(!string.IsNullOrWhiteSpace(node.Number), file, $"ada bagian tanpa \"number\" (\"title\": {node.Title ?? "kosong"})");
            Require(!string.IsNullOrWhiteSpace(node.Title), file, $"bagian {node.Number} tanpa \"title\"");
            Require(node.Weight > 0, file, $"bobot bagian {node.Number} harus lebih dari nol");
        }

        var repeated = nodes.GroupBy(n => n.Number).FirstOrDefault(g => g.Count() > 1);
        Require(repeated is null, file, $"nomor {repeated?.Key} dipakai lebih dari sekali");
    }

    private static IEnumerable<NodeJson> Flatten(IEnumerable<NodeJson> nodes) =>
        nodes.SelectMany(n => Flatten(n.Parts ?? []).Prepend(n));

    private static void CheckAnswerNames(Dictionary<string, decimal> answers, string file)
    {
        var repeated = answers.Keys.GroupBy(k => k.Trim().ToUpperInvariant()).FirstOrDefault(g => g.Count() > 1);
        Require(repeated is null, file, $"jawaban {repeated?.Key} ditulis lebih dari sekali (huruf besar dan kecil dianggap sama)");
    }

    private static void CheckWeights(Rubric rubric, string file)
    {
        var total = rubric.Components.Sum(c => c.Weight);
        Require(rubric.Components.Count > 0 && total == 100, file, $"bobot komponen berjumlah {Figure(total)}, seharusnya 100");
        foreach (var node in rubric.Nodes.Where(n => !n.IsSubComponent))
        {
            var parts = node.Parts.Sum(p => p.Weight);
            Require(parts == node.Weight, file, $"bobot bagian {node.Number} berjumlah {Figure(parts)}, seharusnya {Figure(node.Weight)}");
        }
    }

    private static void CheckAnswersAndGrades(Rubric rubric, string file)
    {
        Require(rubric.Answers.Count > 0 && rubric.Answers.Values.All(v => v is >= 0 and <= 1), file,
            "setiap jawaban harus bernilai antara 0 dan 1");
        Require(rubric.Grades.Count > 0 && rubric.Grades[^1].Above is null, file, "predikat terendah harus tanpa batas bawah");

        var bounds = rubric.Grades.Select(g => g.Above).OfType<decimal>().ToList();
        Require(bounds.Count == rubric.Grades.Count - 1 && bounds.Zip(bounds.Skip(1)).All(p => p.First > p.Second), file,
            "batas predikat harus menurun dari predikat tertinggi");
    }

    private static void CheckCriteria(Rubric rubric, string file)
    {
        var subComponents = rubric.SubComponents.Select(s => s.Number + ".").ToList();
        foreach (var number in rubric.Checks.Keys)
            Require(subComponents.Exists(s => number.StartsWith(s, StringComparison.Ordinal)), file,
                $"kriteria uji {number} tidak berada di bawah sub komponen mana pun");
    }

    private static void Require(bool holds, string file, string problem)
    {
        if (!holds)
            throw new RubricException(file, problem);
    }

    private static string Figure(decimal value) => IndonesianFormat.Figure(value);

    private sealed record RubricJson(
        string? Id, string? Name, Dictionary<string, decimal>? Answers, List<GradeJson>? Grades, List<NodeJson>? Components,
        Dictionary<string, CapaianCheckKind>? Checks);

    private sealed record GradeJson(string Grade, string Label, decimal? Above);

    private sealed record NodeJson(string Number, string Title, decimal Weight, List<NodeJson>? Parts, string? Advice);
}
