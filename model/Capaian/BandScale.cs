namespace SakipAnalytics.Model.Capaian;

/// <summary>
/// Lower bounds of the interpretation bands (setting). The default is Permendagri 86/2017:
/// 91 Sangat Tinggi, 76 Tinggi, 66 Sedang, 51 Rendah, below that Sangat Rendah.
/// </summary>
public sealed record BandScale(decimal SangatTinggi, decimal Tinggi, decimal Sedang, decimal Rendah)
{
    public static BandScale Permendagri86 { get; } = new(91m, 76m, 66m, 51m);

    /// <summary>The band of a capaian, judged on the figure as printed (two decimals, half up).</summary>
    public InterpretationBand Classify(decimal capaian)
    {
        var printed = Math.Round(capaian, 2, MidpointRounding.AwayFromZero);
        return printed switch
        {
            _ when printed >= SangatTinggi => InterpretationBand.SangatTinggi,
            _ when printed >= Tinggi => InterpretationBand.Tinggi,
            _ when printed >= Sedang => InterpretationBand.Sedang,
            _ when printed >= Rendah => InterpretationBand.Rendah,
            _ => InterpretationBand.SangatRendah,
        };
    }

    /// <summary>The band's name as reports print it.</summary>
    public static string Label(InterpretationBand band) => band switch
    {
        InterpretationBand.SangatTinggi => "Sangat Tinggi",
        InterpretationBand.Tinggi => "Tinggi",
        InterpretationBand.Sedang => "Sedang",
        InterpretationBand.Rendah => "Rendah",
        _ => "Sangat Rendah",
    };
}
