namespace SakipAnalytics.Model.Capaian;

/// <summary>Where a target to date came from, printed beside the figure so readers know which was used.</summary>
public static class TargetSource
{
    public const string Murni = "PK Murni";
    public const string Perubahan = "PK Perubahan";
    public const string UnitReport = "laporan unit (tidak ada PK di referensi)";
}
