namespace SakipAnalytics.Model.Analysis;

/// <summary>The office the figures belong to, as the reference workbook names it.</summary>
public sealed record OfficeProfile(string Code, string Name);
