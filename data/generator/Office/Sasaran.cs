namespace SakipAnalytics.DataGenerator.Office;

/// <summary>A strategic objective of the Renstra.</summary>
public sealed record Sasaran(string Kode, string Uraian);
