namespace SakipAnalytics.DataGenerator.Numbers;

/// <summary>Round half up (away from zero), the office's rule, and the test for a tie.</summary>
public static class Rounding
{
    public static decimal HalfUp(decimal value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    /// <summary>
    /// True when the value sits exactly half way at the given decimals, where rounding rules can
    /// disagree (half up, half even, or binary floating point); generated figures avoid such values.
    /// </summary>
    public static bool IsTie(decimal value, int decimals)
    {
        var scaled = Math.Abs(value) * Scale(decimals);
        return scaled - decimal.Truncate(scaled) == 0.5m;
    }

    private static decimal Scale(int decimals) =>
        Enumerable.Repeat(10m, decimals).Aggregate(1m, (product, ten) => product * ten);
}
