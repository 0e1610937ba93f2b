using SakipAnalytics.DataGenerator.Anggaran;
using SakipAnalytics.DataGenerator.Office;

namespace SakipAnalytics.DataGenerator.Targets;

/// <summary>
/// The yearly performance agreements: a <c>Murni</c> row per indicator and year, signed within a
/// month of the DPA, and one <c>Perubahan</c> that revises LJS.02 in September 2025.
/// </summary>
public sealed class PerjanjianKinerja
{
    public static readonly PkRow Revision =
        new(2025, "LJS.02", TargetValue.Of(250), "Perubahan", new DateOnly(2025, 9, 15), null);

    private static readonly Dictionary<int, DateOnly> SignedOn = new()
    {
        [2021] = new(2021, 1, 29),
        [2022] = new(2022, 1, 31),
        [2023] = new(2023, 1, 30),
        [2024] = new(2024, 1, 31),
        [2025] = new(2025, 1, 31),
        [2026] = new(2026, 1, 30),
    };

    private static readonly Dictionary<string, string[]> IkuPrograms = new(StringComparer.Ordinal)
    {
        ["IKU.01"] = ["1.06.02", "1.06.04"],
        ["IKU.02"] = ["1.06.05"],
        ["IKU.03"] = ["1.06.06"],
        ["IKU.04"] = ["1.06.01"],
    };

    public PerjanjianKinerja(PaguPlan pagu)
    {
        ArgumentNullException.ThrowIfNull(pagu);

        Rows = [.. Enumerable.Range(RenstraPlan.FirstYear, RenstraPlan.LastYear - RenstraPlan.FirstYear + 1)
            .SelectMany(year => YearRows(year, pagu))];
    }

    /// <summary>In sheet order: each year's Murni rows, the revision right after the row it revises.</summary>
    public IReadOnlyList<PkRow> Rows { get; }

    /// <summary>The target in force for a month: the latest row dated on or before the month's end.</summary>
    public TargetValue TargetFor(string kode, int year, int month)
    {
        var monthEnd = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return Rows.Where(r => r.Tahun == year && r.KodeIndikator == kode && r.TanggalBerlaku <= monthEnd)
            .OrderBy(r => r.TanggalBerlaku)
            .Last()
            .Target;
    }

    private static IEnumerable<PkRow> YearRows(int year, PaguPlan pagu)
    {
        foreach (var indikator in Kantor.Indicators)
        {
            var target = RenstraPlan.Target(indikator.Kode, year);
            yield return new PkRow(year, indikator.Kode, target, "Murni", SignedOn[year], PaguIndikatif(indikator.Kode, year, pagu));

            if (year == Revision.Tahun && indikator.Kode == Revision.KodeIndikator)
                yield return Revision;
        }
    }

    private static decimal? PaguIndikatif(string kode, int year, PaguPlan pagu) =>
        IkuPrograms.TryGetValue(kode, out var programs) ? programs.Sum(p => pagu.Program(year, p)) : null;
}
