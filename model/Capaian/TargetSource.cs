namespace SakipAnalytics.Model.Capaian;

/// <summary>
/// Which Perjanjian Kinerja a target came from, printed beside the figure ("PK Murni") so readers
/// know which version was used.
/// </summary>
public static class TargetSource
{
    public const string Murni = "Murni";
    public const string Perubahan = "Perubahan";
    public const string UnitReport = "tanpa PK (target dari laporan unit)";
}
