namespace SakipAnalytics.Model.Errors;

/// <summary>The database file exists but is not a DuckDB database this version can open.</summary>
public sealed class StoreOpenException(string path, Exception inner)
    : SakipException(
        $"Basis data {path} tidak dapat dibuka ({inner.Message.Split('\n')[0]}). "
        + "Pindahkan atau ganti nama berkas itu, atau pilih folder keluaran lain dengan --out.",
        inner);
