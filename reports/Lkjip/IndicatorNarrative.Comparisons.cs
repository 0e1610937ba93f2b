using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Capaian;
using SakipAnalytics.Model.Formatting;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>The comparisons with last year's realisasi and with the Renstra end target.</summary>
internal static partial class IndicatorNarrative
{
    private static string YearOnYear(IndicatorResult indicator)
    {
        var lastYear = indicator.Year - 1;
        var previous = indicator.RealisasiLastYear;

        if (!HasValue(previous))
            return $"Realisasi tahun {lastYear} tidak tersedia sehingga perbandingan dengan tahun sebelumnya "
                + "belum dapat dilakukan.";

        if (!HasValue(indicator.Realisasi))
            return $"Realisasi tahun {lastYear} tercatat {Measure(previous!, indicator.Satuan)}, namun perbandingan "
                + $"belum dapat dilakukan karena realisasi tahun {indicator.Year} belum tersedia.";

        return (previous!.Value, indicator.Realisasi!.Value) is ({ } before, { } now)
            ? NumberChange(indicator, before, now)
            : GradeChange(indicator, previous, indicator.Realisasi);
    }

    private static string NumberChange(IndicatorResult indicator, decimal before, decimal now)
    {
        var lastYear = indicator.Year - 1;
        var measure = Measure(Realisasi.Number(before), indicator.Satuan);
        var opening = $"Dibandingkan dengan realisasi tahun {lastYear} {measure}, ";

        if (now == before)
            return opening + $"realisasi tahun {indicator.Year} tidak berubah.";

        var improved = indicator.Polarity == Model.Capaian.Polarity.Negative ? now < before : now > before;
        return opening + $"realisasi tahun {indicator.Year} {(now > before ? "naik" : "turun")} "
            + $"{FigureText.Amount(Math.Abs(now - before), indicator.Satuan)}, "
            + $"yang berarti kinerja {(improved ? "membaik" : "menurun")}.";
    }

    private static string GradeChange(IndicatorResult indicator, Realisasi previous, Realisasi current)
    {
        var lastYear = indicator.Year - 1;
        var (before, now) = (Rank(previous), Rank(current));

        if (before is null || now is null)
            return $"Realisasi tahun {lastYear} ({ValueText.Of(previous)}) tidak dapat dibandingkan "
                + "dengan realisasi tahun ini.";

        return now == before
            ? $"Predikat tersebut sama dengan realisasi tahun {lastYear}."
            : $"Dibandingkan dengan tahun {lastYear}, predikat {(now > before ? "naik" : "turun")} "
              + $"dari {previous.Grade} menjadi {current.Grade}.";
    }

    /// <summary>Progress to the Renstra end target, held at the cap like every capaian the report prints.</summary>
    private static string Renstra(IndicatorResult indicator, CapSetting cap)
    {
        if (indicator.RenstraEndTarget is not { } end)
            return "Target akhir Renstra untuk indikator ini belum tersedia.";

        var opening = $"Terhadap target akhir Renstra ({Amount(end, indicator.Satuan)}), ";
        var progress = CapaianCalculator.Compute(indicator.Polarity, end, indicator.Realisasi);
        if (progress.Uncapped is not { } share)
            return opening + $"tingkat capaian belum dapat dihitung karena {progress.NotComputableReason}.";

        return opening + $"realisasi tahun {indicator.Year} telah mencapai {IndonesianFormat.Number(cap.Apply(share))}%, sehingga "
            + (share >= 100m
                ? "target akhir periode Renstra telah terpenuhi."
                : "diperlukan upaya lanjutan agar target akhir periode Renstra tercapai.");
    }

    /// <summary>"25%" for a number, "predikat A" for a grade.</summary>
    private static string Amount(Target target, string satuan) => target.Kind == TargetKind.Predikat
        ? $"predikat {target.Grade}"
        : ValueText.WithSatuan(ValueText.Of(target), satuan);

    private static int? Rank(Realisasi realisasi) => realisasi.Grade is { } grade ? Predikat.Rank(grade) : null;
}
