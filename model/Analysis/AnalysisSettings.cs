using SakipAnalytics.Model.Capaian;

namespace SakipAnalytics.Model.Analysis;

/// <summary>The settings every computed figure depends on; reports print them.</summary>
public sealed record AnalysisSettings(CapSetting Cap, BandScale Bands)
{
    public static AnalysisSettings Default { get; } = new(CapSetting.None, BandScale.Permendagri86);

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
}
