using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Analysis.Lkjip;
using SakipAnalytics.Model.Capaian;
using SakipAnalytics.Model.Quality;

namespace SakipAnalytics.Dashboards.Tests;

/// <summary>
/// A hand-built October 2026 for the model office: four units (one has not reported), six
/// indicators (a predikat, a negative and a not-computable one among them), ten months of
/// office-wide absorption with a cash plan, one indicator's path, two early warnings and two
/// data-quality findings.
/// </summary>
internal static class SampleFacts
{
    public const string LateUnitName = "UPTD Panti Sosial Tresna Werdha Budi Sejahtera";

    private static readonly DateOnly Deadline = new(2026, 11, 10);

    public static DashboardFacts October2026() => new()
    {
        Office = new OfficeProfile("DINSOS-KS", "Dinas Sosial Provinsi Kalimantan Selatan"),
        Year = 2026,
        Month = 10,
        Settings = AnalysisSettings.Default,
        Indicators = Indicators(),
        Units = Units(),
        Absorption = Absorption(),
        LraMonth = 10,
        Progress = [Progress(8, 58.6m, 55.3m), Progress(9, 67.9m, 62.6m), Progress(10, 78.5m, 70.3m)],
        Paths = [new("REH-01", "REHSOS", [Path(2025, 10, 66m, 63m), Path(2026, 9, 72m, 58m), Path(2026, 10, 80m, 62m)])],
        Warnings = Warnings(),
        Findings = Findings(),
        Iku = [Iku01()],
    };

    /// <summary>IKU.01 with its 2026 PK target, its 2025 result, and REH-01 and REH-02 cascaded from it.</summary>
    public static IkuStanding Iku01()
    {
        var agreement = new AgreementLine
        {
            Code = "IKU.01", Name = "Persentase PPKS yang mandiri", Satuan = "%", SasaranCode = "S1",
            SasaranName = "Meningkatnya kemandirian PPKS", MurniTarget = "21,1",
        };
        var lastYear = Indicator("IKU.01", agreement.Name, "%", "DINSOS", Target.Number(20), Realisasi.Number(20.12m), 9)
            with { Year = 2025, Month = 12, RenstraEndTarget = Target.Number(23) };
        return new IkuStanding(agreement, lastYear, [.. Indicators().Where(i => i.UnitCode == "REHSOS")], []);
    }

    public static IReadOnlyList<ProjectionWarning> Warnings() =>
    [
        new()
        {
            Figure = ProjectedFigure.Capaian, UnitCode = "LINJAMSOS", IndicatorCode = "LIN-01",
            IndicatorName = "Jumlah KPM yang menerima bantuan sosial", Projected = 54m, Method = "tren linear",
            RealisasiToDate = 540m, ProjectedRealisasi = 648m, Against = 1200m,
        },
        new()
        {
            Figure = ProjectedFigure.Absorption, UnitCode = "REHSOS", UnitName = "Bidang Rehabilitasi Sosial",
            Projected = 74.5m, Method = "tren linear",
        },
    ];

    public static IReadOnlyList<QualityFinding> Findings() =>
    [
        new()
        {
            Kind = "laporan belum diterima", FileKind = "capaian", UnitCode = "UPTD-PSTW", Year = 2026, Month = 10,
            Message = LateUnitName + " belum mengirim laporan capaian bulan ini.",
        },
        new()
        {
            Kind = "realisasi fisik menurun", FileKind = "emonev", Year = 2026, Month = 10, File = "RFK Oktober 2026.xlsx",
            Sheet = "RFK", Row = 24, Column = "Realisasi Fisik (%)", Found = "3,76", Expected = "paling sedikit 3,87",
            Message = "Realisasi fisik sub kegiatan 1.06.04.1.01.0012 s.d. bulan ini lebih kecil daripada bulan sebelumnya.",
        },
    ];

    public static IReadOnlyList<IndicatorResult> Indicators() =>
    [
        Indicator("SEK-01", "Nilai SAKIP Dinas Sosial", "predikat", "SEKRE", Target.OfGrade("BB"), Realisasi.OfGrade("BB"), 4),
        Indicator("SEK-02", "Persentase dokumen perencanaan yang tepat waktu", "%", "SEKRE", Target.Number(100), Realisasi.Number(95), 5),
        Indicator("REH-01", "Persentase PPKS yang mendapat rehabilitasi sosial dasar", "%", "REHSOS",
            Target.Number(80), Realisasi.Number(62), 4),
        Indicator("REH-02", "Persentase eks warga binaan yang kembali ke jalan", "%", "REHSOS",
            Target.Number(6.17m), Realisasi.Number(7.42m), 5, Polarity.Negative,
            "Tiga eks warga binaan kembali ke jalan setelah terminasi"),
        Indicator("LIN-01", "Jumlah KPM yang menerima bantuan sosial", "KPM", "LINJAMSOS", Target.Number(1200), Realisasi.Number(540), 4,
            kendala: "Pencairan dana bantuan tertunda sampai triwulan IV"),
        Indicator("LIN-02", "Persentase korban bencana yang tertangani", "%", "LINJAMSOS", Target.Number(0), Realisasi.Number(100), 5),
    ];

    public static IReadOnlyList<UnitStanding> Units() =>
    [
        Unit("SEKRE", "Sekretariat", 2, 2, [100m, 95m], 4_500_000_000m, 3_600_000_000m, 1, "capaian_sekre_2026-10.xlsx")
            with { Timeliness = Sent(8) },
        Unit("REHSOS", "Bidang Rehabilitasi Sosial", 2, 0, [77.5m, 79.74m], 2_000_000_000m, 1_250_000_000m, 2,
            "capaian_rehsos_2026-10.xlsx") with { Timeliness = Sent(16, corrections: 1) },
        Unit("LINJAMSOS", "Bidang Perlindungan dan Jaminan Sosial", 2, 0, [45m], 3_000_000_000m, 1_500_000_000m, 3,
            "capaian_linjamsos_2026-10.xlsx") with { Timeliness = Sent(9) },
        Unit("UPTD-PSTW", LateUnitName, 0, 0, [], 1_500_000_000m, 900_000_000m, 4, null) with
        {
            Timeliness = new ReportTimeliness(ReportTimeliness.Missing, null, Deadline, 0, 0),
        },
    ];

    public static IReadOnlyList<AbsorptionPoint> Absorption()
    {
        decimal[] realisasi = [250, 700, 1_300, 1_900, 2_600, 3_300, 4_100, 5_000, 6_100, 7_250];
        decimal[] rak = [400, 1_000, 1_700, 2_400, 3_100, 3_900, 4_800, 5_900, 7_000, 8_000];

        return realisasi
            .Select((value, index) => new AbsorptionPoint(
                index + 1, 11_000_000_000m, value * 1_000_000m, rak[index] * 1_000_000m, $"LRA 2026-{index + 1:00}.csv",
                $"RFK 2026-{index + 1:00}.xlsx"))
            .ToList();
    }

    public static IndicatorResult Indicator(
        string code, string name, string satuan, string unit, Target target, Realisasi realisasi, int row,
        Polarity polarity = Polarity.Positive, string? kendala = null) => new()
    {
        Code = code,
        Name = name,
        Satuan = satuan,
        Polarity = polarity,
        Jenis = "IKU",
        SasaranCode = "S1",
        SasaranName = "Meningkatnya kualitas pelayanan kesejahteraan sosial",
        UnitCode = unit,
        Year = 2026,
        Month = 10,
        Target = target,
        AnnualTarget = target,
        TargetVersion = "Murni",
        Realisasi = realisasi,
        Capaian = CapaianCalculator.Compute(polarity, target, realisasi),
        Kendala = kendala,
        Source = new SourceRef($"capaian_{unit.ToLowerInvariant()}_2026-10.xlsx", "Capaian", row),
    };

    private static ReportTimeliness Sent(int day, int corrections = 0) => new(
        day > 10 ? ReportTimeliness.Late : ReportTimeliness.OnTime, new DateOnly(2026, 11, day), Deadline,
        Math.Max(day - 10, 0), corrections);

    // Financial progress is spending over a pagu of Rp11 miliar.
    private static ProgressPoint Progress(int month, decimal physical, decimal financial) =>
        new(month, physical, financial, $"RFK 2026-{month:00}.xlsx", 11_000_000_000m, financial * 110_000_000m);

    private static PathPoint Path(int year, int month, decimal target, decimal realisasi) =>
        new(year, month, target, realisasi, new SourceRef($"capaian_rehsos_{year}-{month:00}.xlsx", "Capaian", 4), TargetSource.Murni);

    private static UnitStanding Unit(
        string code, string name, int indicators, int onTrack, decimal[] shown,
        decimal pagu, decimal realisasi, int rank, string? file) => new()
    {
        UnitCode = code,
        UnitName = name,
        IndicatorCount = indicators,
        OnTrack = onTrack,
        MeanCapaian = shown.Length == 0 ? null : shown.Average(),
        CapaianShown = shown,
        Pagu = pagu,
        Realisasi = realisasi,
        Rank = rank,
        SourceFile = file,
    };
}
