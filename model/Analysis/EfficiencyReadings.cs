namespace SakipAnalytics.Model.Analysis;

/// <summary>The names efficiency readings go by in settings, tables and reports.</summary>
public static class EfficiencyReadings
{
    private static readonly Dictionary<EfficiencyReading, (string Key, string Label)> Names = new()
    {
        [EfficiencyReading.UnspentShare] = ("sisa_anggaran", "sisa anggaran saat target tercapai (100 − serapan)"),
        [EfficiencyReading.CapaianMinusAbsorption] = ("selisih", "selisih capaian dan serapan (efisien di atas +5 poin)"),
        [EfficiencyReading.CapaianPerAbsorption] = ("rasio", "rasio capaian terhadap serapan"),
        [EfficiencyReading.CostPerOutput] = ("biaya_per_output", "biaya per satuan output dan perubahannya dari tahun lalu"),
    };

    /// <summary>The key used in settings and in the <c>bacaan_utama</c> column.</summary>
    public static string Key(EfficiencyReading reading) => Names[reading].Key;

    public static string Label(EfficiencyReading reading) => Names[reading].Label;

    public static IEnumerable<string> Keys => Names.Values.Select(n => n.Key);

    public static EfficiencyReading? Parse(string key) =>
        Names.Where(n => string.Equals(n.Value.Key, key.Trim(), StringComparison.OrdinalIgnoreCase))
            .Select(n => (EfficiencyReading?)n.Key)
            .FirstOrDefault();
}
