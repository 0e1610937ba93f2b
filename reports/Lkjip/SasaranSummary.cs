using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Capaian;
using SakipAnalytics.Model.Formatting;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>The sentence that states a sasaran's mean capaian and its band.</summary>
internal static class SasaranSummary
{
    public static string Mean(SasaranResult sasaran, int year, AnalysisSettings settings)
    {
        var opening = $"Rata-rata capaian Sasaran {sasaran.Name} Tahun {year}";
        if (sasaran.MeanCapaian(settings.Cap) is not { } mean)
            return opening + " belum dapat dihitung karena tidak ada indikator yang capaiannya dapat dihitung.";

        return opening + $" sebesar {IndonesianFormat.Number(mean)}% dan termasuk kategori "
            + $"{BandScale.Label(settings.Bands.Classify(mean))}.{Coverage(sasaran)}";
    }

    private static string Coverage(SasaranResult sasaran)
    {
        var computable = sasaran.Indicators.Count(i => i.Capaian.IsComputable);

        return computable == sasaran.Indicators.Count
            ? string.Empty
            : $" Rata-rata ini dihitung dari {computable} dari {sasaran.Indicators.Count} indikator "
              + "yang capaiannya dapat dihitung.";
    }
}
