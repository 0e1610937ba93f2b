namespace SakipAnalytics.Reports.Word;

/// <summary>Centimetres in the units Open XML counts: twips (1/1440 inch) and EMU (1/360000 cm).</summary>
internal static class Length
{
    private const decimal TwipsPerCm = 1440m / 2.54m;
    private const decimal EmuPerCm = 360_000m;

    public static int Twips(decimal cm) => (int)Math.Round(cm * TwipsPerCm, MidpointRounding.AwayFromZero);

    public static long Emu(decimal cm) => (long)Math.Round(cm * EmuPerCm, MidpointRounding.AwayFromZero);
}
