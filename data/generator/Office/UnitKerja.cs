namespace SakipAnalytics.DataGenerator.Office;

/// <summary>A unit of the office: the Dinas itself, the Sekretariat, a Bidang or a UPTD.</summary>
public sealed record UnitKerja(string Kode, string Nama, string Jenis, string? Induk)
{
    public bool IsDinas => Jenis == "dinas";

    /// <summary>The title under a unit's signature.</summary>
    public string Jabatan => Jenis == "sekretariat" ? "Sekretaris Dinas Sosial" : "Kepala " + Nama;
}
