using SakipAnalytics.Model.Capaian;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>A PK target of the agreement (already in print form: 20,5; 80–90; BB) in a cell or in running text.</summary>
internal static class AgreementTargetText
{
    /// <summary>The target as printed, or "-" when there is none.</summary>
    public static string Of(string? target) => string.IsNullOrWhiteSpace(target) ? ValueText.Missing : target;

    /// <summary>The target in running text: "20,5%", "40 lembaga" or "predikat BB".</summary>
    public static string WithSatuan(string? target, string satuan)
    {
        ArgumentNullException.ThrowIfNull(satuan);

        return target is not null && Predikat.IsGrade(target) ? $"predikat {target}" : ValueText.WithSatuan(Of(target), satuan);
    }
}
