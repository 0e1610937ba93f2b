namespace SakipAnalytics.DataGenerator.Anggaran;

/// <summary>An account under a sub kegiatan with its usual share of the sub kegiatan's pagu.</summary>
public sealed record PosAkun(Akun Akun, decimal Bagian);
