namespace SakipAnalytics.Model.Capaian;

/// <summary>The shape of a target: a number, a range ("80-90") or a predikat ("BB").</summary>
public enum TargetKind
{
    Number,
    Range,
    Predikat,
}
