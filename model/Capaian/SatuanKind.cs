namespace SakipAnalytics.Model.Capaian;

/// <summary>What an indicator's satuan says about its figures, however a unit spelled it.</summary>
public static class SatuanKind
{
    /// <summary>Whether the indicator is measured in percent: "%", "persen" or "Persen (%)".</summary>
    public static bool IsPercent(string satuan)
    {
        ArgumentNullException.ThrowIfNull(satuan);

        var s = satuan.Trim();
        return s.Contains('%', StringComparison.Ordinal) || s.Equals("persen", StringComparison.OrdinalIgnoreCase);
    }
}
