namespace SakipAnalytics.Model.Evaluation;

/// <summary>What the office's own data can say about a "Capaian Kinerja" criterion of the LKE.</summary>
public enum CapaianCheckKind
{
    /// <summary>The share of the unit's output indicators (IKK) that met their target.</summary>
    OutputTarget,

    /// <summary>The share of the unit's outcome indicators (IKP, IKU) that met their target.</summary>
    OutcomeTarget,

    /// <summary>The share of the unit's outcome indicators whose capaian beat last year's.</summary>
    OutcomeLastYear,

    /// <summary>The share of units of the same kind whose mean capaian the unit beat.</summary>
    Peers,
}
