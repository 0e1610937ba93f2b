using SakipAnalytics.DataGenerator.Periods;

namespace SakipAnalytics.DataGenerator.Anggaran;

/// <summary>File names the finance staff gave the exports over the years.</summary>
public static class LraSenders
{
    public static string FileName(Periode periode) => periode.Tahun switch
    {
        >= 2026 => $"LRA Dinsos {periode.Year} {periode.TwoDigitMonth}.csv",
        2025 => $"lra_sipd_{periode.Year}-{periode.TwoDigitMonth}.csv",
        _ => $"Laporan Realisasi Anggaran {periode.Label}.csv",
    };
}
