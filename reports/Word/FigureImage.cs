namespace SakipAnalytics.Reports.Word;

/// <summary>A rendered PNG with what the document says about it: its caption title and alternative text.</summary>
/// <param name="HeightRatio">Height over width: the picture keeps its aspect when scaled to the text width.</param>
internal sealed record FigureImage(byte[] Png, string Name, string Title, string AltText, decimal HeightRatio);
