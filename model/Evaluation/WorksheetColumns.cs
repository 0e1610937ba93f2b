namespace SakipAnalytics.Model.Evaluation;

/// <summary>The LKE worksheet's column headings, as problems name them.</summary>
internal static class WorksheetColumns
{
    public const string Number = "No";
    public const string Weight = "Bobot (%)";
    public const string Answer = "Jawaban";
}
