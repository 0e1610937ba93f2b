namespace SakipAnalytics.DataGenerator.Office;

/// <summary>The words the reference workbook uses for polarity and aggregation.</summary>
public static class AgregasiText
{
    public static string Of(Agregasi agregasi) => agregasi switch
    {
        Agregasi.Kumulatif => "kumulatif",
        Agregasi.Terakhir => "terakhir",
        Agregasi.RataRata => "rata-rata",
        Agregasi.Tahunan => "tahunan",
        _ => throw new ArgumentOutOfRangeException(nameof(agregasi), agregasi, "Unknown aggregation."),
    };

    public static string Of(Polaritas polaritas) => polaritas == Polaritas.Positif ? "positif" : "negatif";
}
