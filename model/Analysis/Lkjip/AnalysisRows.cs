using SakipAnalytics.Model.Analysis.Tables;
using SakipAnalytics.Model.Capaian;

namespace SakipAnalytics.Model.Analysis.Lkjip;

/// <summary>Turns rows of the computed tables into the records Bab III is written from.</summary>
internal static class AnalysisRows
{
    public static AnnualComparison Annual(NamedRow r) => new()
    {
        Code = r.Required("kode_indikator"),
        UnitCode = r.Required("kode_unit"),
        RealisasiLastYear = r.Number("realisasi_tahun_lalu"),
        RealisasiLastYearGrade = r.Text("realisasi_tahun_lalu_predikat"),
        LastYearSource = r.Text("sumber_tahun_lalu"),
        CapaianLastYear = r.Number("capaian_tahun_lalu"),
        Difference = r.Number("selisih_realisasi"),
        ChangePercent = r.Number("perubahan_persen"),
        Better = r.Flag("lebih_baik_dari_tahun_lalu"),
        HutangKinerja = r.Number("hutang_kinerja"),
        RenstraEnd = r.Number("target_akhir_renstra"),
        RenstraEndGrade = r.Text("target_akhir_renstra_predikat"),
        CapaianToRenstraEnd = r.Number("capaian_terhadap_akhir_renstra"),
    };

    public static SeriesYear Series(NamedRow r) => new()
    {
        Code = r.Required("kode_indikator"),
        Year = r.WholeNumber("tahun") ?? 0,
        Baseline = r.Number("kondisi_awal"),
        BaselineGrade = r.Text("kondisi_awal_predikat"),
        RenstraTarget = r.Number("target_renstra"),
        RenstraTargetHigh = r.Number("target_renstra_atas"),
        RenstraTargetGrade = r.Text("target_renstra_predikat"),
        PkTarget = r.Number("target_pk"),
        PkTargetHigh = r.Number("target_pk_atas"),
        PkTargetGrade = r.Text("target_pk_predikat"),
        PkVersion = r.Text("versi_pk"),
        Realisasi = r.Number("realisasi"),
        RealisasiGrade = r.Text("realisasi_predikat"),
        Capaian = r.Number("capaian"),
        Band = r.Text("kategori"),
    };

    public static ComparatorResult Comparator(NamedRow r) => new()
    {
        Code = r.Required("kode_indikator"),
        Kind = r.Required("jenis_pembanding"),
        Name = r.Required("pembanding"),
        Value = r.Number("nilai_pembanding"),
        ValueText = r.Text("nilai_pembanding_teks"),
        Source = r.Text("sumber"),
        Realisasi = r.Number("realisasi"),
        Difference = r.Number("selisih"),
        AtLeastAsGood = r.Flag("setara_atau_lebih_baik"),
    };

    public static EfficiencyFigures Efficiency(NamedRow r) => new()
    {
        Code = r.Required("kode_indikator"),
        UnitCode = r.Required("kode_unit"),
        Pagu = r.Number("pagu"),
        Spent = r.Number("realisasi_anggaran"),
        Absorption = r.Number("serapan_persen"),
        Capaian = r.Number("capaian"),
        UnspentShare = r.Number("sisa_anggaran_target_tercapai"),
        Gap = r.Number("selisih_capaian_serapan"),
        GapCategory = r.Text("kategori_selisih"),
        Ratio = r.Number("rasio_capaian_serapan"),
        CostPerOutput = r.Number("biaya_per_output"),
        CostLastYear = r.Number("biaya_per_output_tahun_lalu"),
        CostChange = r.Number("perubahan_biaya_persen"),
        Primary = r.Required("bacaan_utama"),
        PrimaryValue = r.Number("nilai_utama"),
    };

    public static CascadeLine Cascade(NamedRow r) => new()
    {
        IkuCode = r.Required("kode_iku"),
        Depth = r.WholeNumber("tingkat") ?? 0,
        Jenis = r.Required("jenis"),
        Code = r.Required("kode_indikator"),
        Name = r.Required("indikator"),
        ParentCode = r.Text("kode_induk"),
        UnitCode = r.Required("kode_unit"),
        Target = StoredTarget.From(r.Text("target_predikat"), r.Number("target"), r.Number("target_atas") ?? r.Number("target")),
        TargetVersion = r.Text("sumber_target"),
        Realisasi = r.Number("realisasi"),
        RealisasiGrade = r.Text("realisasi_predikat"),
        Capaian = r.Number("capaian"),
        Band = r.Text("kategori"),
    };
}
