using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Capaian;

namespace SakipAnalytics.Reports.Tests.Lkjip;

/// <summary>
/// LKjIP facts for 2024 built by hand: two sasaran; IKU.01 positive above target (PK Perubahan),
/// IKU.02 negative above target, IKU.03 predikat met, IKU.04 without realisasi.
/// </summary>
internal static class SampleLkjipFacts
{
    public const int Year = 2024;
    public const string Office = "Dinas Sosial Provinsi Kalimantan Selatan";
    public const string Sasaran1 = "Meningkatnya kualitas rehabilitasi sosial PPKS";
    public const string Sasaran2 = "Meningkatnya akuntabilitas kinerja perangkat daerah";
    public const string Iku01Name = "Persentase PPKS yang memperoleh rehabilitasi sosial";
    public const string Iku02Name = "Persentase eks warga binaan yang kembali ke jalanan";

    public static LkjipFacts Create(AnalysisSettings? settings = null) => new()
    {
        Office = new OfficeProfile("1.06.0.00.0.00.01.0000", Office),
        Year = Year,
        Settings = settings ?? AnalysisSettings.Default,
        Sasaran =
        [
            new SasaranResult("S1", Sasaran1, [Iku01(), Iku02()]),
            new SasaranResult("S2", Sasaran2, [Iku03(), Iku04()]),
        ],
        Series = [Series01(), Series02(), Series03(), Series04()],
        Budget = Budget(),
        SourceFiles = ["referensi-sakip-2024.xlsx", "capaian-rehsos-2024-12.xlsx", "lra-2024-12.xlsx"],
    };

    public static IndicatorResult Iku01() =>
        Indicator("IKU.01", Iku01Name, "%", Polarity.Positive, Target.Number(19.29m), Realisasi.Number(22m)) with
        {
            TargetVersion = "Perubahan",
            RealisasiLastYear = Realisasi.Number(18.5m),
            RenstraEndTarget = Target.Number(25m),
            Kendala = "Keterbatasan kapasitas panti.",
            TindakLanjut = "Kerja sama dengan LKS mitra.",
        };

    public static IndicatorResult Iku02() =>
        Indicator("IKU.02", Iku02Name, "%", Polarity.Negative, Target.Number(6.17m), Realisasi.Number(7.42m)) with
        {
            RealisasiLastYear = Realisasi.Number(8.1m),
            RenstraEndTarget = Target.Number(5m),
        };

    public static IndicatorResult Iku03() =>
        Indicator("IKU.03", "Nilai evaluasi SAKIP perangkat daerah", "Predikat", Polarity.Positive,
            Target.OfGrade("BB"), Realisasi.OfGrade("BB")) with
        {
            SasaranCode = "S2",
            SasaranName = Sasaran2,
            RealisasiLastYear = Realisasi.OfGrade("B"),
            RenstraEndTarget = Target.OfGrade("A"),
        };

    public static IndicatorResult Iku04() =>
        Indicator("IKU.04", "Jumlah PSKS yang dibina", "Lembaga", Polarity.Positive, Target.Number(40m), null) with
        {
            SasaranCode = "S2",
            SasaranName = Sasaran2,
            RealisasiLastYear = Realisasi.Number(35m),
            RenstraEndTarget = Target.Number(60m),
        };

    private static IndicatorResult Indicator(
        string code, string name, string satuan, Polarity polarity, Target target, Realisasi? realisasi) => new()
    {
        Code = code,
        Name = name,
        Satuan = satuan,
        Polarity = polarity,
        Jenis = "IKU",
        SasaranCode = "S1",
        SasaranName = Sasaran1,
        UnitCode = "DINSOS",
        Year = Year,
        Month = 12,
        Target = target,
        AnnualTarget = target,
        TargetVersion = "Murni",
        Realisasi = realisasi,
        Capaian = CapaianCalculator.Compute(polarity, target, realisasi),
        Source = new SourceRef("capaian-rehsos-2024-12.xlsx", "IKU", 7),
    };

    private static IndicatorSeries Series01() => new("IKU.01", Iku01Name, "%", Polarity.Positive,
        Target.Number(15m), 2020, Target.Number(25m),
        [Point(2021, 16m, 16.4m), Point(2022, 17m, 17.2m), Point(2023, 18m, 18.5m), Point(2024, 19.29m, 22m)]);

    private static IndicatorSeries Series02() => new("IKU.02", Iku02Name, "%", Polarity.Negative,
        Target.Number(9m), 2020, Target.Number(5m),
        [Point(2021, 8.5m, 8.9m), Point(2022, 8m, 8.4m), Point(2023, 7m, 8.1m), Point(2024, 6.17m, 7.42m)]);

    private static IndicatorSeries Series03() => new("IKU.03", "Nilai evaluasi SAKIP perangkat daerah", "Predikat",
        Polarity.Positive, Target.OfGrade("B"), 2020, Target.OfGrade("A"),
        [
            new YearPoint(2023, Target.OfGrade("B"), Realisasi.OfGrade("B")),
            new YearPoint(2024, Target.OfGrade("BB"), Realisasi.OfGrade("BB")),
        ]);

    private static IndicatorSeries Series04() => new("IKU.04", "Jumlah PSKS yang dibina", "Lembaga", Polarity.Positive,
        Target.Number(20m), 2020, Target.Number(60m),
        [Point(2022, 30m, 31m), Point(2023, 35m, 35m), new YearPoint(2024, Target.Number(40m), null)]);

    private static YearPoint Point(int year, decimal target, decimal realisasi) =>
        new(year, Target.Number(target), Realisasi.Number(realisasi));

    private static BudgetLine[] Budget() =>
    [
        Program("1.06.01", "Program Penunjang Urusan Pemerintahan Daerah Provinsi", 12_500_000_000m, 11_875_250_000m),
        Kegiatan("1.06.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja", 500_000_000m, 487_500_000m),
        new("1.06.01.2.01.0001", "Penyusunan Dokumen Perencanaan", BudgetLevel.SubKegiatan, 200_000_000m, 195_000_000m),
        Program("1.06.04", "Program Rehabilitasi Sosial", 8_000_000_000m, 7_200_000_000m),
        Kegiatan("1.06.04.2.01", "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar",
            8_000_000_000m, 7_200_000_000m),
    ];

    private static BudgetLine Program(string code, string name, decimal pagu, decimal realisasi) =>
        new(code, name, BudgetLevel.Program, pagu, realisasi);

    private static BudgetLine Kegiatan(string code, string name, decimal pagu, decimal realisasi) =>
        new(code, name, BudgetLevel.Kegiatan, pagu, realisasi);
}
