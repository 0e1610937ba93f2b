namespace SakipAnalytics.Dashboards.Charts;

/// <summary>A rectangle on a rendered chart, in pixels from its top left corner.</summary>
internal sealed record LabelBox(float Left, float Top, float Right, float Bottom)
{
    public static LabelBox Around(float centerX, float centerY, float width, float height) =>
        new(centerX - width / 2, centerY - height / 2, centerX + width / 2, centerY + height / 2);

    /// <summary>The area two boxes share; zero when they only touch or lie apart.</summary>
    public float Overlap(LabelBox other)
    {
        var width = Math.Min(Right, other.Right) - Math.Max(Left, other.Left);
        var height = Math.Min(Bottom, other.Bottom) - Math.Max(Top, other.Top);
        return width > 0 && height > 0 ? width * height : 0;
    }

    public bool Inside(LabelBox bounds) =>
        Left >= bounds.Left && Right <= bounds.Right && Top >= bounds.Top && Bottom <= bounds.Bottom;

    /// <summary>The point of the box nearest to (x, y): where a leader line from there should end.</summary>
    public (float X, float Y) Nearest(float x, float y) => (Math.Clamp(x, Left, Right), Math.Clamp(y, Top, Bottom));

    /// <summary>How far (x, y) lies from the box; zero inside it.</summary>
    public float Distance(float x, float y)
    {
        var (nearX, nearY) = Nearest(x, y);
        return MathF.Sqrt((nearX - x) * (nearX - x) + (nearY - y) * (nearY - y));
    }
}
