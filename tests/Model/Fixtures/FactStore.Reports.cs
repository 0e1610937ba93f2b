namespace SakipAnalytics.Model.Tests.Fixtures;

/// <summary>The facts units and the finance systems report: capaian lines, LRA and e-Monev.</summary>
public sealed partial class FactStore
{
    /// <summary>One line of a unit's monthly capaian file: the month's flow and the value to date.</summary>
    public FactStore Reported(
        string unit, int year, int month, string code, decimal? toDate,
        decimal? thisMonth = null, string? grade = null, decimal? ownCapaian = null, string? kendala = null) =>
        Insert(
            FactSql.Report, ("file_id", File(unit, year, month)), ("unit_code", unit), ("year", year), ("month", month),
            ("indicator_code", code), ("realisasi_month", thisMonth), ("realisasi_todate", toDate),
            ("realisasi_grade", grade), ("capaian_reported", ownCapaian), ("kendala", kendala),
            ("source_row", 9 + Lines(unit, year, month)));

    /// <summary>An LRA line of the office's monthly file; sub kegiatan lines carry their program's code.</summary>
    public FactStore Lra(int year, int month, string kode, string level, decimal pagu, decimal spentToDate, decimal spentMonth = 0) =>
        Insert(
            FactSql.Lra, ("file_id", File("LRA", year, month)), ("year", year), ("month", month), ("kode", kode),
            ("level", level), ("anggaran", pagu), ("realisasi_bulan", spentMonth), ("realisasi_todate", spentToDate));

    public FactStore SubKegiatan(string code, string unit, string? indicator) =>
        Insert(FactSql.SubKegiatan, ("sub_kegiatan_code", code), ("unit_code", unit), ("indicator_code", indicator));

    public FactStore Emonev(int year, int month, string code, decimal pagu, decimal rak, decimal spent, decimal fisik) =>
        Insert(
            FactSql.Emonev, ("file_id", File("EMONEV", year, month)), ("year", year), ("month", month),
            ("sub_kegiatan_code", code), ("pagu", pagu), ("rak", rak), ("spent", spent), ("fisik", fisik));

    /// <summary>Marks a unit's file for the month as signed on the given day.</summary>
    public FactStore SignedOn(string unit, int year, int month, DateOnly day) =>
        Insert(FactSql.Signed, ("file_id", File(unit, year, month)), ("signed_on", day));

    private int File(string unit, int year, int month)
    {
        if (_files.TryGetValue((unit, year, month), out var id))
            return id;

        id = _nextFile++;
        _files[(unit, year, month)] = id;
        var kind = unit switch { "LRA" => "lra", "EMONEV" => "emonev", _ => "capaian" };
        Insert(
            FactSql.File, ("file_id", id), ("file_name", $"{unit} {year}-{month:00}.xlsx"), ("kind", kind),
            ("unit_code", kind == "capaian" ? unit : null), ("year", year), ("month", month));
        return id;
    }

    private long Lines(string unit, int year, int month) =>
        Store.Scalar<long>(FactSql.LinesInFile, ("file_id", File(unit, year, month)));
}
