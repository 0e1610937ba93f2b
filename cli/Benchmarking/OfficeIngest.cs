namespace SakipAnalytics.Cli.Benchmarking;

/// <summary>One office's ingest summed by format, and its rejected files, so that no file's outcome outlives its office.</summary>
internal sealed record OfficeIngest(StageMeasure Csv, StageMeasure Xlsx, int Rejected);
