using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>A numbered table of the draft: its caption, its title and the table as built.</summary>
internal sealed record DraftTable(CaptionReference Caption, string Title, WordTable Table);
