namespace SakipAnalytics.Reports.Word;

/// <summary>What the package properties and the footer say about a document.</summary>
internal sealed record DocumentInfo(string Title, string FooterLabel, DateOnly Created);
