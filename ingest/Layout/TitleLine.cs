namespace SakipAnalytics.Ingest.Layout;

/// <summary>A non-empty row above the header, as text, with its row number for messages.</summary>
public sealed record TitleLine(int Row, string Text);
