using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;

namespace SakipAnalytics.Reports.Word;

/// <summary>
/// A picture in the text flow. Its alternative text (DocProperties Description) is what screen
/// readers announce and what Word shows under "Alt Text".
/// </summary>
internal sealed record InlineImage(
    string PartId, uint DrawingId, string Name, string AltText, long WidthEmu, long HeightEmu)
{
    private const string PictureUri = "http://schemas.openxmlformats.org/drawingml/2006/picture";

    /// <summary>A centred paragraph holding only the picture, kept with the caption below it.</summary>
    public Paragraph ToParagraph() => new(
        new ParagraphProperties(new KeepNext(), new Justification { Val = JustificationValues.Center }),
        new Run(ToDrawing()));

    public Drawing ToDrawing() => new(new DW.Inline(
        new DW.Extent { Cx = WidthEmu, Cy = HeightEmu },
        new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
        new DW.DocProperties { Id = DrawingId, Name = Name, Description = AltText },
        new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
        new A.Graphic(new A.GraphicData(Picture()) { Uri = PictureUri }))
    {
        DistanceFromTop = 0U,
        DistanceFromBottom = 0U,
        DistanceFromLeft = 0U,
        DistanceFromRight = 0U,
    });

    private Pic.Picture Picture() => new(
        new Pic.NonVisualPictureProperties(
            new Pic.NonVisualDrawingProperties { Id = 0U, Name = Name, Description = AltText },
            new Pic.NonVisualPictureDrawingProperties()),
        new Pic.BlipFill(new A.Blip { Embed = PartId }, new A.Stretch(new A.FillRectangle())),
        new Pic.ShapeProperties(
            new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = WidthEmu, Cy = HeightEmu }),
            new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));
}
