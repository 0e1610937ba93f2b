namespace SakipAnalytics.Model.Errors;

/// <summary>
/// The database was made by another version of the program: its tables lack what this version
/// computes and checks, so reading it would give wrong or empty results.
/// </summary>
public sealed class StoreVersionException(string path, int? stored, int current)
    : SakipException(
        $"Basis data {path} dibuat oleh versi SakipAnalytics lain (skema {(stored is { } s ? s.ToString(Invariant) : "lama")}, "
        + $"versi ini memakai skema {current.ToString(Invariant)}). Pindahkan atau ganti nama berkas itu, lalu jalankan "
        + "'sakip run' lagi agar semua berkas dibaca ulang dengan aturan versi ini.")
{
    private static System.Globalization.CultureInfo Invariant => System.Globalization.CultureInfo.InvariantCulture;
}
