using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Formatting;

namespace SakipAnalytics.Dashboards.Html;

/// <summary>The tooltips behind budget figures: absorption against the pagu or the cash plan, and the files read.</summary>
internal static class BudgetFormula
{
    public static string Absorption(decimal realisasi, decimal pagu) =>
        $"Serapan = realisasi / pagu × 100 = {Rupiah(realisasi)} / {Rupiah(pagu)} × 100";

    public static string AgainstRak(decimal realisasi, decimal rak) =>
        $"Serapan terhadap RAK = realisasi / rencana kas (RAK) × 100 = {Rupiah(realisasi)} / {Rupiah(rak)} × 100";

    public static string RakShare(decimal rak, decimal pagu) =>
        $"Rencana kas = RAK / pagu × 100 = {Rupiah(rak)} / {Rupiah(pagu)} × 100";

    /// <summary>"Sumber LRA: …" for the file behind one month's spending.</summary>
    public static string LraSource(AbsorptionPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);

        return $"Sumber LRA: {point.LraFile ?? FigureText.Missing}";
    }

    /// <summary>"Sumber LRA: …; RAK (e-Monev): …" for the files behind one month's absorption and cash plan.</summary>
    public static string Sources(AbsorptionPoint point) =>
        LraSource(point) + (point.RakToDate is not null && point.RakFile is { } file ? $"; RAK (e-Monev): {file}" : "");

    private static string Rupiah(decimal value) => IndonesianFormat.Rupiah(value);
}
