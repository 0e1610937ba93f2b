using SakipAnalytics.Model.Capaian;

namespace SakipAnalytics.Dashboards.Html;

/// <summary>
/// The colour of a mean capaian's interpretation band, the same on the tile, the unit table and
/// the unit chart: green for Sangat Tinggi, amber for Tinggi and Sedang, red below.
/// </summary>
internal static class BandTone
{
    public static Tone Of(InterpretationBand band) => band switch
    {
        InterpretationBand.SangatTinggi => Tone.Good,
        InterpretationBand.Tinggi or InterpretationBand.Sedang => Tone.Warning,
        _ => Tone.Bad,
    };

    /// <summary>The band's name as a badge in its colour.</summary>
    public static string Badge(InterpretationBand band) => Html.Badge.Of(BandScale.Label(band), Of(band));
}
