namespace SakipAnalytics.DataGenerator.Capaian;

/// <summary>An obstacle a unit reports with the follow-up it plans.</summary>
public sealed record KendalaPair(string Kendala, string TindakLanjut);
