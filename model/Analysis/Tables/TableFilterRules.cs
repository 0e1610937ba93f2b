using SakipAnalytics.Model.Errors;

namespace SakipAnalytics.Model.Analysis.Tables;

/// <summary>Checks a filter against what a table takes and needs, with messages in Indonesian.</summary>
internal static class TableFilterRules
{
    public static void Check(AnalysisTable table, TableFilter filter)
    {
        CheckDimension(table, TableDimensions.Year, filter.Year is not null, "--year");
        CheckDimension(table, TableDimensions.Month, filter.Month is not null, "--month");
        CheckDimension(table, TableDimensions.Unit, filter.Unit is not null, "--unit");

        if (filter.Month is { } month && month is < 1 or > 12)
            throw new TableFilterException($"Bulan {month} tidak ada; gunakan 1 sampai 12.");
        if (filter.Month is not null && filter.Year is null)
            throw new TableFilterException("--month memerlukan --year.");
    }

    /// <summary>A year or unit the store holds nothing for is a typo, not an empty table.</summary>
    public static void CheckKnown(TableFilter filter, IReadOnlyList<int> years, IReadOnlyList<string> units)
    {
        if (filter.Year is { } year && !years.Contains(year))
            throw new TableFilterException(years.Count == 0
                ? $"Basis data belum berisi data apa pun, juga untuk tahun {year}; jalankan 'sakip run' lebih dulu."
                : $"Tidak ada data tahun {year} di basis data; tahun yang ada: {years[0]}–{years[^1]}.");

        if (filter.Unit is { } unit && !units.Contains(unit))
            throw new TableFilterException(
                $"Unit '{unit}' tidak dikenal di workbook referensi yang termuat; unit yang ada: {string.Join(", ", units)}.");
    }

    private static void CheckDimension(AnalysisTable table, TableDimensions dimension, bool given, string option)
    {
        if (given && !table.Takes(dimension))
            throw new TableFilterException($"Tabel {table.Name} tidak dapat disaring dengan {option}.");
        if (!given && table.Requires(dimension))
            throw new TableFilterException($"Tabel {table.Name} memerlukan {option}.");
    }
}
