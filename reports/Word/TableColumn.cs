using DocumentFormat.OpenXml.Wordprocessing;

namespace SakipAnalytics.Reports.Word;

/// <summary>A table column: its header text, width and how its body cells align.</summary>
internal sealed record TableColumn(string Header, decimal WidthCm, JustificationValues Align)
{
    public static TableColumn Left(string header, decimal widthCm) =>
        new(header, widthCm, JustificationValues.Left);

    public static TableColumn Center(string header, decimal widthCm) =>
        new(header, widthCm, JustificationValues.Center);

    public static TableColumn Right(string header, decimal widthCm) =>
        new(header, widthCm, JustificationValues.Right);
}
