namespace SakipAnalytics.Model.Analysis;

/// <summary>The readings of spending efficiency offices use; one is primary by setting.</summary>
public enum EfficiencyReading
{
    /// <summary>sisa_anggaran: 100 minus absorption, where the target was met.</summary>
    UnspentShare,

    /// <summary>selisih: capaian minus absorption (efisien above +5, cukup within 5, tidak efisien below -5).</summary>
    CapaianMinusAbsorption,

    /// <summary>rasio: capaian divided by absorption.</summary>
    CapaianPerAbsorption,

    /// <summary>biaya_per_output: spending per unit of realisasi, and its change from last year.</summary>
    CostPerOutput,
}
