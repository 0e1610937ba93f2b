namespace SakipAnalytics.DataGenerator.Anggaran;

/// <summary>An amount wrongly added to one row's spending this month.</summary>
public sealed record Misstatement(string Kode, decimal Amount);
