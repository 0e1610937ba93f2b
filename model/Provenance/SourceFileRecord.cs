namespace SakipAnalytics.Model.Provenance;

/// <summary>A file as the store recorded it: what it was, when it came, and what became of it.</summary>
public sealed record SourceFileRecord
{
    public required int FileId { get; init; }
    public required string FileName { get; init; }
    public required string Kind { get; init; }
    public string? UnitCode { get; init; }
    public int? Year { get; init; }
    public int? Month { get; init; }
    public required string Status { get; init; }
    public required int Rows { get; init; }
    public required int Warnings { get; init; }
    public required int Errors { get; init; }
    public required string Received { get; init; }
    public int? SupersededBy { get; init; }
    public required string Sha256 { get; init; }
}
