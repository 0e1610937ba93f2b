using SakipAnalytics.Ingest.Parsing;
using SakipAnalytics.Ingest.Sheets;

namespace SakipAnalytics.Ingest.Capaian;

/// <summary>
/// Watches the rows under the data for the signature block's date line and keeps the last one
/// found, the date the report was signed.
/// </summary>
internal sealed class SignedOn
{
    public DateOnly? Date { get; private set; }

    public void Note(SheetRow row)
    {
        if (!row.IsEmpty && SignatureLine.Date(row.Joined) is { } date)
            Date = date;
    }
}
