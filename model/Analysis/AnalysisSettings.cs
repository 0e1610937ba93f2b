using SakipAnalytics.Model.Capaian;

namespace SakipAnalytics.Model.Analysis;

/// <summary>The settings every computed figure depends on; reports print them.</summary>
public sealed record AnalysisSettings(CapSetting Cap, BandScale Bands)
{
    public static AnalysisSettings Default { get; } = new(CapSetting.None, BandScale.Permendagri86);

    public InterpretationBand? Band(CapaianResult capaian) =>
        capaian.Displayed(Cap) is { } value ? Bands.Classify(value) : null;

    public TrackStatus Track(CapaianResult capaian) => Band(capaian) switch
    {
        null => TrackStatus.Unknown,
        InterpretationBand.SangatTinggi => TrackStatus.OnTrack,
        InterpretationBand.Tinggi or InterpretationBand.Sedang => TrackStatus.AtRisk,
        _ => TrackStatus.OffTrack,
    };
}
