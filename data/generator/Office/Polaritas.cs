namespace SakipAnalytics.DataGenerator.Office;

/// <summary>Whether a higher realisasi is better (<c>positif</c>) or worse (<c>negatif</c>).</summary>
public enum Polaritas
{
    Positif,
    Negatif,
}
