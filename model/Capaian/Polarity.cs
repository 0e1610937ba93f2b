namespace SakipAnalytics.Model.Capaian;

/// <summary>Whether a higher realisasi is better (positif) or worse (negatif).</summary>
public enum Polarity
{
    Positive,
    Negative,
}
