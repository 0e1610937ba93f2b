namespace SakipAnalytics.Model.Analysis;

/// <summary>The level of a budget line in the LRA tree.</summary>
public enum BudgetLevel
{
    Program,
    Kegiatan,
    SubKegiatan,
}
