namespace SakipAnalytics.Model.Capaian;

/// <summary>The capaian formula in words, as documents, messages and explanations print it.</summary>
public static class CapaianFormula
{
    public static string Describe(Polarity polarity, TargetKind? kind) => kind switch
    {
        TargetKind.Predikat => "peringkat predikat realisasi / peringkat predikat target × 100, dan 100 bila target tercapai",
        TargetKind.Range => "100 di dalam rentang target; di luar rentang dihitung terhadap batas terdekat",
        _ when polarity == Polarity.Negative => "(2 × target − realisasi) / target × 100",
        _ => "realisasi / target × 100",
    };
}
