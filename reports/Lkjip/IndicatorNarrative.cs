using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Analysis.Lkjip;
using SakipAnalytics.Model.Capaian;
using SakipAnalytics.Model.Formatting;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>
/// The deterministic Bab III paragraph of one IKU in formal Indonesian: target, realisasi,
/// capaian and band; the PK version; polarity; the change from last year; progress to the
/// Renstra end target. Same facts, same words.
/// </summary>
internal static partial class IndicatorNarrative
{
    private const string PkPerubahan = TargetSource.Perubahan;

    public static string Compose(IndicatorResult indicator, AnalysisSettings settings, AgreementLine? agreement = null)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(settings);

        string[] sentences =
        [
            Achievement(indicator), Version(indicator, agreement), CapaianSentence(indicator, settings),
            Polarity(indicator), YearOnYear(indicator), Renstra(indicator, settings.Cap),
        ];
        return string.Join(" ", sentences.Where(s => s.Length > 0));
    }

    private static string Achievement(IndicatorResult indicator) =>
        $"Pada tahun {indicator.Year}, indikator {indicator.Name} {TargetClause(indicator)} "
        + $"dan {RealisasiClause(indicator)}.";

    private static string TargetClause(IndicatorResult indicator) => indicator.Target is { } target
        ? $"ditargetkan {Measure(target, indicator.Satuan)}"
        : "belum memiliki target";

    private static string RealisasiClause(IndicatorResult indicator) =>
        HasValue(indicator.Realisasi)
            ? $"terealisasi {Measure(indicator.Realisasi!, indicator.Satuan)}"
            : "realisasinya belum dilaporkan";

    private static string Version(IndicatorResult indicator, AgreementLine? agreement)
    {
        if (indicator.TargetVersion == TargetSource.UnitReport)
            return $"Perjanjian Kinerja Tahun {indicator.Year} pada data referensi tidak memuat target indikator ini, "
                + "sehingga target tersebut diambil dari laporan unit dan perlu diperiksa.";
        if (!string.Equals(indicator.TargetVersion, PkPerubahan, StringComparison.OrdinalIgnoreCase))
            return string.Empty;

        var from = agreement?.RevisedFrom is { } date ? $" yang berlaku sejak {IndonesianFormat.Date(date)}" : string.Empty;
        var murni = agreement?.MurniTarget is { } target
            ? $"; target semula pada PK Murni adalah {AgreementTargetText.WithSatuan(target, indicator.Satuan)}"
            : string.Empty;
        return $"Target tersebut adalah target hasil revisi pada PK Perubahan Tahun {indicator.Year}{from} dan menjadi "
            + $"dasar pengukuran capaian{murni}.";
    }

    private static string CapaianSentence(IndicatorResult indicator, AnalysisSettings settings) =>
        settings.Band(indicator.Capaian) is { } band
            ? $"Dengan demikian, capaian kinerjanya sebesar {ValueText.Capaian(indicator.Capaian, settings.Cap)}% "
              + $"dan termasuk kategori {BandScale.Label(band)}.{CapNote(indicator.Capaian, settings.Cap)}"
            : $"Capaian kinerjanya tidak dapat dihitung karena {indicator.Capaian.NotComputableReason}.";

    private static string CapNote(CapaianResult capaian, CapSetting cap) =>
        capaian.Uncapped is { } uncapped && capaian.Displayed(cap) != uncapped
            ? $" Capaian sebelum pembatasan sebesar {IndonesianFormat.Number(uncapped)}%; sesuai pengaturan, "
              + $"capaian yang disajikan dibatasi {IndonesianFormat.Figure(cap.Ceiling ?? uncapped)}%."
            : string.Empty;

    private static string Polarity(IndicatorResult indicator) =>
        indicator.Polarity == Model.Capaian.Polarity.Negative
            ? "Indikator ini berpolaritas negatif, artinya semakin rendah realisasi semakin baik"
              + AgainstTarget(indicator)
            : string.Empty;

    private static string AgainstTarget(IndicatorResult indicator) =>
        (indicator.Target?.Kind, indicator.Target?.Low, indicator.Realisasi?.Value) switch
        {
            (TargetKind.Number, { } target, { } realisasi) when realisasi > target =>
                "; realisasi yang lebih tinggi daripada target membuat capaian berada di bawah 100%.",
            (TargetKind.Number, { } target, { } realisasi) when realisasi < target =>
                "; realisasi yang lebih rendah daripada target membuat capaian berada di atas 100%.",
            _ => ".",
        };

    /// <summary>"sebesar 19,29%" for a number, "predikat BB" for a grade.</summary>
    private static string Measure(Target target, string satuan) => target.Kind == TargetKind.Predikat
        ? $"predikat {target.Grade}"
        : "sebesar " + ValueText.WithSatuan(ValueText.Of(target), satuan);

    private static string Measure(Realisasi realisasi, string satuan) => realisasi.Grade is { } grade
        ? $"predikat {grade}"
        : "sebesar " + ValueText.WithSatuan(ValueText.Of(realisasi), satuan);

    private static bool HasValue(Realisasi? realisasi) => realisasi?.Value is not null || realisasi?.Grade is not null;
}
