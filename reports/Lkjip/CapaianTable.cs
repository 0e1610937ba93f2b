using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Capaian;
using SakipAnalytics.Model.Formatting;
using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>
/// Tabel 3.N: the IKU of one sasaran with target, realisasi, capaian, band (kategori), last year's realisasi
/// and the Renstra end target, closed by the sasaran's mean capaian.
/// </summary>
internal static class CapaianTable
{
    private const int LabelSpan = 4;
    private const int TrailingSpan = 2;

    public static WordTable Build(SasaranResult sasaran, int year, AnalysisSettings settings)
    {
        var table = new WordTable(Columns(year));

        foreach (var (indicator, index) in sasaran.Indicators.Select((i, n) => (i, n + 1)))
            table.AddRow(Row(indicator, index, settings));
        return table.AddRow(MeanRow(sasaran, settings));
    }

    private static TableColumn[] Columns(int year) =>
    [
        TableColumn.Center("No", 0.8m),
        TableColumn.Left("Indikator Kinerja (Satuan)", 2.9m),
        TableColumn.Center("Target", 1.4m),
        TableColumn.Center("Realisasi", 1.8m),
        TableColumn.Center("Capaian (%)", 1.7m),
        TableColumn.Center("Kategori", 1.7m),
        TableColumn.Center($"Realisasi {year - 1}", 1.8m),
        TableColumn.Center("Target Akhir Renstra", 1.9m),
    ];

    private static string[] Row(IndicatorResult indicator, int index, AnalysisSettings settings) =>
    [
        $"{index}", $"{indicator.Name} ({indicator.Satuan.Trim()})", ValueText.Of(indicator.Target), ValueText.Of(indicator.Realisasi),
        ValueText.Capaian(indicator.Capaian, settings.Cap), ValueText.Band(indicator.Capaian, settings),
        ValueText.Of(indicator.RealisasiLastYear), ValueText.Of(indicator.RenstraEndTarget),
    ];

    private static TableCellText[] MeanRow(SasaranResult sasaran, AnalysisSettings settings)
    {
        var mean = sasaran.MeanCapaian(settings.Cap);
        var band = mean is { } value ? BandScale.Label(settings.Bands.Classify(value)) : ValueText.Missing;

        return
        [
            new("Rata-rata capaian sasaran") { Span = LabelSpan, Bold = true },
            new(mean is { } m ? IndonesianFormat.Number(m) : ValueText.Missing) { Bold = true },
            new(band) { Bold = true },
            new(string.Empty) { Span = TrailingSpan },
        ];
    }
}
