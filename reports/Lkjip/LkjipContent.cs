namespace SakipAnalytics.Reports.Lkjip;

/// <summary>What a written document holds: the whole draft, or Bab III alone for pasting into the official template.</summary>
public enum LkjipContent
{
    WholeDraft,
    BabIII,
}
