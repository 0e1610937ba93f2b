namespace SakipAnalytics.Model.Capaian;

/// <summary>The interpretation bands of Permendagri 86/2017, highest first.</summary>
public enum InterpretationBand
{
    SangatTinggi,
    Tinggi,
    Sedang,
    Rendah,
    SangatRendah,
}
