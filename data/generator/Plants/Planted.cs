using SakipAnalytics.DataGenerator.Periods;

namespace SakipAnalytics.DataGenerator.Plants;

/// <summary>
/// The few inconsistencies the data set carries on purpose, as real files do. Each is a warning
/// for the product to find, never an error; everything else in the set is consistent.
/// </summary>
public static class Planted
{
    /// <summary>(a) Rehsos computes its negative indicator with the positive formula once.</summary>
    public static (string Unit, Periode Periode, string Indikator) CapaianColumn { get; } = ("REHSOS", new(2026, 6), "REH.02");

    /// <summary>(b) One kegiatan row of the last LRA is off from its sub kegiatan by a small amount.</summary>
    public static (Periode Periode, string Kegiatan, decimal Amount) LraParent { get; } = (new(2026, 10), "1.06.04.1.02", 250_000m);

    /// <summary>(c) One e-Monev row reports less than the LRA (an SP2D not yet entered).</summary>
    public static (Periode Periode, string SubKegiatan, decimal MaxAmount) EmonevSpending { get; } =
        (new(2026, 7), "1.06.06.1.01.0001", 18_750_000m);

    /// <summary>(d) An evaluator scored one answer of a sub-component a grade too high.</summary>
    public static (string Unit, int Year, string Nomor) LkeSubtotal { get; } = ("PSAA", 2025, "2.b");
}
