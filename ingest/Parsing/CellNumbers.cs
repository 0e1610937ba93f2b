using SakipAnalytics.Ingest.Findings;
using SakipAnalytics.Ingest.Layout;
using SakipAnalytics.Ingest.Sheets;

namespace SakipAnalytics.Ingest.Parsing;

/// <summary>Reads the number cells of one row, reporting every cell that holds something else.</summary>
public sealed class CellNumbers(LocatedSheet sheet, SheetRow row, FindingList findings)
{
    public decimal? Of(Column column)
    {
        ArgumentNullException.ThrowIfNull(column);

        var number = IndonesianNumber.Read(sheet.Cell(row, column));
        if (!number.IsValid)
        {
            findings.Error(
                "Isi sel bukan angka", sheet.SheetName, row.Number, column.Name, sheet.Text(row, column), IndonesianNumber.Expected);
        }

        return number.Value;
    }
}
