using SakipAnalytics.DataGenerator.Office;
using SakipAnalytics.DataGenerator.Periods;

namespace SakipAnalytics.DataGenerator.Capaian;

/// <summary>One unit's capaian report for one month, and the day of the next month it was signed.</summary>
public sealed record CapaianReport(UnitKerja Unit, Periode Periode, IReadOnlyList<CapaianRow> Rows, int SignedOnDay);
