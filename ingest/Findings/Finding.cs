namespace SakipAnalytics.Ingest.Findings;

/// <summary>
/// Something wrong or suspicious in an input file, with where it is (sheet, row, column),
/// what was found and what was expected, so a unit can fix its file in one go.
/// </summary>
public sealed record Finding
{
    public required Severity Severity { get; init; }
    public required string Message { get; init; }
    public string? Sheet { get; init; }
    public int? Row { get; init; }
    public string? Column { get; init; }
    public string? Found { get; init; }
    public string? Expected { get; init; }

    /// <summary>Where, as a person reads it: "sheet Capaian, baris 9, kolom Target Tahunan".</summary>
    public string Location =>
        string.Join(", ", new[] { Part("sheet", Sheet), Part("baris", Row), Part("kolom", Column) }.OfType<string>());

    private static string? Part(string label, object? value) => value is null ? null : $"{label} {value}";

    /// <summary>"sheet Capaian, baris 9, kolom X: Message. Ditemukan 'a'; seharusnya b."</summary>
    public override string ToString()
    {
        var parts = new[] { Message, Found is null ? null : $"Ditemukan '{Found}'", Expected is null ? null : $"Seharusnya {Expected}" };
        var text = string.Join(". ", parts.OfType<string>().Select(p => p.TrimEnd('.'))) + ".";
        return Location.Length == 0 ? text : $"{Location}: {text}";
    }
}
