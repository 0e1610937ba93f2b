namespace SakipAnalytics.DataGenerator.Targets;

/// <summary>One row of the Perjanjian Kinerja sheet.</summary>
public sealed record PkRow(
    int Tahun,
    string KodeIndikator,
    TargetValue Target,
    string Jenis,
    DateOnly TanggalBerlaku,
    decimal? PaguIndikatif);
