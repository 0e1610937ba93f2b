namespace SakipAnalytics.Model.Capaian;

/// <summary>The capaian formula in words, as documents, messages and explanations print it.</summary>
public static class CapaianFormula
{
    public static string Describe(Polarity polarity, TargetKind? kind) => kind switch
    {
        TargetKind.Predikat => "100 bila target tercapai; bila tidak, langkah predikat realisasi di atas D / langkah predikat target di atas D × 100 (D = 0, C = 1, CC = 2, B = 3, BB = 4, A = 5, AA = 6)",
        TargetKind.Range => "100 di dalam rentang target; di luar rentang dihitung terhadap batas terdekat",
        _ when polarity == Polarity.Negative => "(2 × target − realisasi) / target × 100",
        _ => "realisasi / target × 100",
    };
}
