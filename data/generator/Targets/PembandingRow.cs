namespace SakipAnalytics.DataGenerator.Targets;

/// <summary>A comparator for an indicator: an RPJMD target, a national standard or a peer office.</summary>
public sealed record PembandingRow(string KodeIndikator, int Tahun, string Jenis, string Nama, decimal Nilai, string Sumber);
