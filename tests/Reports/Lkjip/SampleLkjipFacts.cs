using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Analysis.Lkjip;
using SakipAnalytics.Model.Capaian;
using SakipAnalytics.Model.Quality;

namespace SakipAnalytics.Reports.Tests.Lkjip;

/// <summary>
/// LKjIP facts for 2024 built by hand: two sasaran; IKU.01 positive above target (PK Perubahan),
/// IKU.02 negative above target, IKU.03 predikat met, IKU.04 without realisasi. The PK revises
/// IKU.01 from 20,5 to 19,29 on 1 July and gives no pagu indikatif for IKU.04; the Renstra plan
/// runs from the 2020 baseline to 2026 (IKU.04 has no 2021 target); three kinds of finding.
/// </summary>
internal static class SampleLkjipFacts
{
    public const int Year = 2024;
    public const string Office = "Dinas Sosial Provinsi Kalimantan Selatan";
    public const string Sasaran1 = "Meningkatnya kualitas rehabilitasi sosial PPKS";
    public const string Sasaran2 = "Meningkatnya akuntabilitas kinerja perangkat daerah";
    public const string Iku01Name = "Persentase PPKS yang memperoleh rehabilitasi sosial";
    public const string Iku02Name = "Persentase eks warga binaan yang kembali ke jalanan";

    private static readonly string[] Iku03Targets = ["B", "B", "B", "BB", "BB", "A"];

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
        Agreement = Agreement(),
        Analysis = [Plan01(), Plan02(), Plan03(), Plan04()],
        Findings = Findings(),
    };

    public static DateOnly RevisedFrom => new(Year, 7, 1);

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

    // The reference workbook holds number cells as invariant text ("20.5") and typed cells as typed ("BB").
    private static AgreementLine[] Agreement() =>
    [
        Pk("IKU.01", Iku01Name, "%", "S1", Sasaran1, "20,5", 1_250_000_000m) with
        {
            RevisedTarget = "19,29",
            RevisedFrom = RevisedFrom,
        },
        Pk("IKU.02", Iku02Name, "%", "S1", Sasaran1, "6,17", 750_000_000m),
        Pk("IKU.03", "Nilai evaluasi SAKIP perangkat daerah", "Predikat", "S2", Sasaran2, "BB", 300_000_000m),
        Pk("IKU.04", "Jumlah PSKS yang dibina", "Lembaga", "S2", Sasaran2, "40", null),
    ];

    private static AgreementLine Pk(
        string code, string name, string satuan, string sasaranCode, string sasaranName, string murni, decimal? pagu) => new()
    {
        Code = code,
        Name = name,
        Satuan = satuan,
        SasaranCode = sasaranCode,
        SasaranName = sasaranName,
        MurniTarget = murni,
        PaguIndikatif = pagu,
    };

    // The Renstra plan alone (no realisasi), so Bab III shows no yearly tables for it. The sample runs to
    // 2026 to show the whole period; seri_renstra itself stops at the report year.
    private static IkuAnalysis Plan01() => Plan("IKU.01", Baseline(15m), [16m, 17m, 18m, 19m, 22m, 25m]);

    private static IkuAnalysis Plan02() => Plan("IKU.02", Baseline(9m), [8.5m, 8m, 7m, 6.17m, 5.5m, 5m]);

    private static IkuAnalysis Plan03() => new()
    {
        Code = "IKU.03",
        Series =
        [
            new SeriesYear { Code = "IKU.03", Year = 2020, BaselineGrade = "B" },
            .. Iku03Targets.Select((grade, i) =>
                new SeriesYear { Code = "IKU.03", Year = 2021 + i, RenstraTargetGrade = grade }),
        ],
    };

    private static IkuAnalysis Plan04() => Plan("IKU.04", Baseline(20m), [null, 30m, 35m, 40m, 50m, 60m]);

    private static SeriesYear Baseline(decimal value) => new() { Code = string.Empty, Year = 2020, Baseline = value };

    private static IkuAnalysis Plan(string code, SeriesYear baseline, decimal?[] targets) => new()
    {
        Code = code,
        Series =
        [
            baseline with { Code = code },
            .. targets.Select((target, i) => new SeriesYear { Code = code, Year = 2021 + i, RenstraTarget = target }),
        ],
    };

    private static QualityFinding[] Findings() =>
    [
        new()
        {
            Kind = "berkas ditolak", FileKind = "capaian", UnitCode = "PSBR", Year = Year, Month = 12,
            File = "capaian-psbr-2024-12.xlsx", Sheet = "IKU", Row = 9, Column = "Realisasi s.d. Bulan Ini",
            Found = "dua puluh", Expected = "angka, misalnya 1.234.567,89 atau 95,5", Message = "Realisasi harus berupa angka.",
        },
        new()
        {
            Kind = "koreksi", FileKind = "capaian", UnitCode = "REHSOS", Year = Year, Month = 11,
            File = "capaian-rehsos-2024-11.xlsx",
            Message = "Digantikan oleh capaian-rehsos-2024-11-revisi.xlsx (berkas lama tetap tersimpan).",
        },
        Late("PSAA", "UPTD Panti Sosial Asuhan Anak Budi Mulia", 10, "14/11/2024", "10/11/2024", 4),
        Late("PSTW", "UPTD Panti Sosial Tresna Werdha Budi Sejahtera", 12, "13/01/2025", "10/01/2025", 3),
    ];

    private static QualityFinding Late(string unit, string name, int month, string sent, string deadline, int days) => new()
    {
        Kind = "laporan terlambat", FileKind = "capaian", UnitCode = unit, Year = Year, Month = month,
        File = $"capaian-{unit.ToLowerInvariant()}-2024-{month:00}.xlsx",
        Found = $"{sent} (tanggal tanda tangan)", Expected = $"paling lambat {deadline}",
        Message = $"{name} mengirim laporan {days} hari setelah batas waktu.",
    };
}
