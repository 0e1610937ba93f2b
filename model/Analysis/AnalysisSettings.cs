using System.Globalization;
using SakipAnalytics.Model.Capaian;
using SakipAnalytics.Model.Formatting;

namespace SakipAnalytics.Model.Analysis;

/// <summary>The settings every computed figure depends on; reports print them.</summary>
public sealed record AnalysisSettings(CapSetting Cap, BandScale Bands)
{
    public static AnalysisSettings Default { get; } = new(CapSetting.None, BandScale.Permendagri86);

    public EfficiencyReading Efficiency { get; init; } = EfficiencyReading.CapaianMinusAbsorption;

    public EarlyWarning Warning { get; init; } = EarlyWarning.Default;

    /// <summary>The day of the next month by which a unit's monthly capaian is due (default 10).</summary>
    public int DeadlineDay { get; init; } = 10;

    public InterpretationBand? Band(CapaianResult capaian) =>
        capaian.Displayed(Cap) is { } value ? Bands.Classify(value) : null;

    /// <summary>
    /// On track when the target to date is met (capaian as printed ≥ 100), at risk when it is
    /// missed but within the Tinggi band or better, off track below that.
    /// </summary>
    public TrackStatus Track(CapaianResult capaian)
    {
        ArgumentNullException.ThrowIfNull(capaian);

        if (capaian.Displayed(Cap) is not { } value)
            return TrackStatus.Unknown;

        var printed = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return printed >= 100m ? TrackStatus.OnTrack : printed >= Bands.Tinggi ? TrackStatus.AtRisk : TrackStatus.OffTrack;
    }

    /// <summary>The settings as a report states them, in Indonesian.</summary>
    public IReadOnlyList<(string Name, string Value)> Describe() =>
    [
        ("Batas atas capaian", Cap.Ceiling is { } c ? N(c) : "tanpa batas"),
        ("Kategori capaian", BandText()),
        ("Bacaan efisiensi utama", EfficiencyReadings.Label(Efficiency)),
        ("Peringatan dini capaian", $"proyeksi capaian di bawah {N(Warning.CapaianBelow)}"),
        ("Peringatan dini serapan", $"proyeksi serapan di bawah {N(Warning.AbsorptionBelow)}%"),
        ("Batas waktu laporan bulanan", $"tanggal {DeadlineDay.ToString(CultureInfo.InvariantCulture)} bulan berikutnya"),
    ];

    private string BandText() =>
        $"≥ {N(Bands.SangatTinggi)} Sangat Tinggi, ≥ {N(Bands.Tinggi)} Tinggi, ≥ {N(Bands.Sedang)} Sedang, " +
        $"≥ {N(Bands.Rendah)} Rendah, di bawahnya Sangat Rendah";

    private static string N(decimal value) => IndonesianFormat.Figure(value);
}
