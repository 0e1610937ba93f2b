using SakipAnalytics.Ingest.Findings;
using SakipAnalytics.Ingest.Referensi;
using SakipAnalytics.Model.Capaian;
using SakipAnalytics.Model.Formatting;

namespace SakipAnalytics.Ingest.Capaian;

/// <summary>
/// Checks a unit's figures against themselves and the reference: its own capaian column is
/// recomputed, never trusted.
/// </summary>
internal static class CapaianChecks
{
    /// <summary>Half a unit in the second decimal: differences within rounding are not reported.</summary>
    private const decimal Tolerance = 0.01m;

    /// <summary>How many times its target a realisasi may be before it looks like a typing error.</summary>
    private const int FarAboveTarget = 10;

    public static void OwnCapaian(CapaianLine line, IndicatorInfo indicator, string? sheet, FindingList findings)
    {
        if (line.ReportedCapaian is not { } reported)
            return;

        var computed = CapaianCalculator.Compute(indicator.Polarity, line.TargetToDate, line.RealisasiToDate);
        if (computed.Uncapped is not { } value || Math.Abs(Math.Round(value, 2, MidpointRounding.AwayFromZero) - reported) <= Tolerance)
            return;

        findings.Warning(
            "Capaian yang diisi unit tidak sesuai dengan target dan realisasinya sendiri "
                + $"(indikator {indicator.Code}, polaritas {Polarity(indicator)})",
            sheet,
            line.Row,
            CapaianLayout.Capaian.Name,
            IndonesianFormat.Number(reported),
            IndonesianFormat.Number(value) + " menurut rumus " + Formula(indicator, line.TargetToDate));
    }

    /// <summary>
    /// A target of zero in the unit's file cannot be measured against; the unit should know its
    /// file disagrees with the PK.
    /// </summary>
    public static void ZeroTarget(CapaianLine line, IndicatorInfo indicator, string? sheet, FindingList findings)
    {
        if (line.TargetToDate is not { Kind: TargetKind.Number, Low: 0m })
            return;

        findings.Warning(
            $"Target {indicator.Code} di laporan unit bernilai nol; capaian dihitung dengan target PK atau rencana aksi di referensi",
            sheet,
            line.Row,
            CapaianLayout.TargetToDate.Name,
            "0",
            "target lebih dari nol sesuai PK dan rencana aksi");
    }

    /// <summary>
    /// Figures that are possible but most often a typing error: a negative realisasi, a percentage
    /// above 100, or a realisasi more than <see cref="FarAboveTarget"/> times its target.
    /// </summary>
    public static void Plausible(CapaianLine line, IndicatorInfo indicator, string? sheet, FindingList findings)
    {
        if (line.RealisasiToDate?.Value is not { } realisasi)
            return;

        var problem = realisasi switch
        {
            < 0 => "Realisasi bernilai negatif",
            > 100 when SatuanKind.IsPercent(indicator.Satuan) => "Realisasi persen di atas 100",
            _ when line.TargetToDate is { Kind: TargetKind.Number, Low: > 0 and var target } && realisasi > FarAboveTarget * target =>
                $"Realisasi lebih dari {FarAboveTarget} kali target s.d. bulan ini ({IndonesianFormat.Figure(target)})",
            _ => null,
        };
        if (problem is null)
            return;

        findings.Warning(
            $"{problem}; periksa angka dan satuannya (indikator {indicator.Code}, satuan {indicator.Satuan})", sheet, line.Row,
            CapaianLayout.RealisasiToDate.Name, IndonesianFormat.Number(realisasi), "angka yang masuk akal untuk satuan ini");
    }

    public static void Ownership(CapaianLine line, IndicatorInfo indicator, string unitCode, string? sheet, FindingList findings)
    {
        if (string.Equals(indicator.UnitCode, unitCode, StringComparison.OrdinalIgnoreCase))
            return;

        findings.Warning(
            "Indikator ini menurut referensi menjadi tanggung jawab unit lain",
            sheet,
            line.Row,
            CapaianLayout.Code.Name,
            line.IndicatorCode,
            $"indikator unit {unitCode} (referensi: {indicator.UnitCode})");
    }

    private static string Formula(IndicatorInfo indicator, Target? target) =>
        CapaianFormula.Describe(indicator.Polarity, target?.Kind);

    private static string Polarity(IndicatorInfo indicator) =>
        indicator.Polarity == Model.Capaian.Polarity.Negative ? "negatif" : "positif";
}
