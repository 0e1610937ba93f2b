namespace SakipAnalytics.DataGenerator.Office;

/// <summary>How an indicator's monthly values make its value to date.</summary>
public enum Agregasi
{
    /// <summary>Monthly flows summed.</summary>
    Kumulatif,

    /// <summary>The latest stock.</summary>
    Terakhir,

    /// <summary>The mean of the months so far.</summary>
    RataRata,

    /// <summary>Reported once a year.</summary>
    Tahunan,
}
