using SakipAnalytics.DataGenerator.Periods;

namespace SakipAnalytics.DataGenerator.Emonev;

/// <summary>A month's e-Monev RFK for the whole office.</summary>
public sealed record RfkReport(Periode Periode, IReadOnlyList<RfkRow> Rows);
