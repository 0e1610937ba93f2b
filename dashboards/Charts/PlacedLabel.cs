namespace SakipAnalytics.Dashboards.Charts;

/// <summary>
/// Where a point's label goes: the offset of its centre from the point, in pixels (y down), the
/// box it then covers, and whether it sits far enough away to need a leader line to its point.
/// </summary>
internal sealed record PlacedLabel(float OffsetX, float OffsetY, LabelBox Box, bool NeedsLeader);
