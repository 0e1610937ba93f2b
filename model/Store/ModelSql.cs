namespace SakipAnalytics.Model.Store;

/// <summary>The model's named queries, kept in <c>Queries/**/*.sql</c>.</summary>
internal static class ModelSql
{
    public static readonly string CapaianInputs = Load("Capaian/Inputs");
    public static readonly string QuarterInputs = Load("Capaian/QuarterInputs");
    public static readonly string ProjectionInputs = Load("Capaian/ProjectionInputs");
    public static readonly string IndicatorResults = Load("Analysis/IndicatorResults");
    public static readonly string IndicatorSeries = Load("Analysis/IndicatorSeries");
    public static readonly string RenstraEnds = Load("Analysis/RenstraEnds");
    public static readonly string BudgetLines = Load("Analysis/BudgetLines");
    public static readonly string UnitSubKegiatan = Load("Analysis/UnitSubKegiatan");
    public static readonly string Absorption = Load("Analysis/Absorption");
    public static readonly string UnitBudget = Load("Analysis/UnitBudget");
    public static readonly string UnitReports = Load("Analysis/UnitReports");
    public static readonly string Periods = Load("Analysis/Periods");
    public static readonly string Office = Load("Analysis/Office");
    public static readonly string SourceFiles = Load("Analysis/SourceFiles");
    public static readonly string Agreement = Load("Analysis/Agreement");
    public static readonly string AgreementRevisions = Load("Analysis/AgreementRevisions");
    public static readonly string UnitName = Load("Analysis/UnitName");
    public static readonly string LatestMonthOf = Load("Analysis/LatestMonthOf");
    public static readonly string LatestLraMonth = Load("Analysis/LatestLraMonth");
    public static readonly string Progress = Load("Analysis/Progress");
    public static readonly string IndicatorPaths = Load("Analysis/IndicatorPaths");
    public static readonly string UnitIndicatorCount = Load("Analysis/UnitIndicatorCount");
    public static readonly string UnitKinds = Load("Analysis/UnitKinds");
    public static readonly string IndicatorParents = Load("Analysis/IndicatorParents");
    public static readonly string LkeRows = Load("Evaluation/LkeRows");
    public static readonly string LkeYears = Load("Evaluation/LkeYears");

    private static string Load(string name) => SqlScript.Load(typeof(ModelSql).Assembly, $"Queries/{name}.sql");
}
