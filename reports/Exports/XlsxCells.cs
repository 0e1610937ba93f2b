using System.Data.Common;
using SpreadCheetah;

namespace SakipAnalytics.Reports.Exports;

/// <summary>
/// One typed cell from a result column: numbers stay numbers (Excel shows them with the reader's
/// own separators), dates stay dates, yes/no reads "ya"/"tidak", and none is an empty cell.
/// 32-bit integers are the store's years, months, quarters and row numbers, shown without a
/// thousands separator (2025, not 2.025); counts are 64-bit and keep it.
/// </summary>
public static class XlsxCells
{
    public static Cell For(DbDataReader reader, int ordinal, XlsxStyles styles)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(styles);

        if (reader.IsDBNull(ordinal))
            return new Cell((string?)null);

        return reader.GetValue(ordinal) switch
        {
            decimal value => new Cell(value, styles.Fraction),
            double value => new Cell(value, styles.Fraction),
            float value => new Cell(value, styles.Fraction),
            int value => new Cell(value, styles.Plain),
            long value => new Cell(value, styles.Whole),
            short value => new Cell(value, styles.Whole),
            System.Numerics.BigInteger value => new Cell((decimal)value, styles.Whole),
            DateOnly value => new Cell(value.ToDateTime(TimeOnly.MinValue), styles.Date),
            DateTime value => new Cell(value, styles.Date),
            bool value => new Cell(value ? "ya" : "tidak"),
            var value => new Cell(value.ToString()),
        };
    }
}
