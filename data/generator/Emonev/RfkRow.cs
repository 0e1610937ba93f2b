using SakipAnalytics.DataGenerator.Anggaran;
using SakipAnalytics.DataGenerator.Numbers;

namespace SakipAnalytics.DataGenerator.Emonev;

/// <summary>One sub kegiatan in the e-Monev RFK.</summary>
public sealed record RfkRow(
    int No,
    SubKegiatanAnggaran Sub,
    decimal Pagu,
    decimal TargetFisik,
    decimal RealisasiFisik,
    decimal Rak,
    decimal RealisasiKeuangan,
    Permasalahan? Permasalahan)
{
    public decimal RealisasiKeuanganPersen => Rounding.HalfUp(RealisasiKeuangan / Pagu * 100m, 2);

    public decimal DeviasiFisik => RealisasiFisik - TargetFisik;
}
