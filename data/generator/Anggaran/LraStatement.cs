using SakipAnalytics.DataGenerator.Periods;

namespace SakipAnalytics.DataGenerator.Anggaran;

/// <summary>A month's LRA: its rows in tree order and the JUMLAH BELANJA total.</summary>
public sealed record LraStatement(Periode Periode, IReadOnlyList<LraLine> Lines, LraLine Total);
