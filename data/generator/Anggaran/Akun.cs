namespace SakipAnalytics.DataGenerator.Anggaran;

/// <summary>An expenditure account of the regional chart of accounts.</summary>
public sealed record Akun(string Kode, string Uraian);
