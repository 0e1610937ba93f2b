using System.CommandLine;
using SakipAnalytics.Cli.Settings;
using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Analysis.Lkjip;
using SakipAnalytics.Model.Store;

namespace SakipAnalytics.Cli.Commands;

/// <summary>The options of <c>sakip report</c>'s documents and how they pick a year and a scope.</summary>
public sealed class ReportOptions
{
    public Option<int?> Year { get; } =
        CommonOptions.Year("Tahun laporan (bawaan: tahun terakhir yang sudah ada hasil Desember)");

    public Option<string?> Unit { get; } = new("--unit") { Description = "Kode unit, misalnya PSAA", Required = true };

    public Option<string?> OutFolder { get; } = CommonOptions.Output();

    public Option<string?> Cap { get; } = CommonOptions.Cap();

    public void AddTo(Command command, bool withUnit)
    {
        ArgumentNullException.ThrowIfNull(command);

        command.Options.Add(Year);
        if (withUnit)
            command.Options.Add(Unit);
        command.Options.Add(OutFolder);
        command.Options.Add(Cap);
    }

    /// <summary>The unit named by --unit, or the office when the command has no --unit.</summary>
    public ReportScope Scope(ParseResult parse, SakipStore store)
    {
        ArgumentNullException.ThrowIfNull(parse);

        if (parse.GetValue(Unit)?.Trim().ToUpperInvariant() is not { Length: > 0 } code)
            return ReportScope.Office;

        var (name, kind) = new ResultQueries(store).Unit(code)
            ?? throw new SettingsException($"Unit '{code}' tidak dikenal di workbook referensi yang termuat.");
        if (kind == "dinas")
            throw new SettingsException($"{code} adalah Dinas sendiri, bukan unit kerja; laporan kinerjanya adalah "
                + "LKjIP Dinas: sakip report lkjip.");
        if (new ResultQueries(store).IndicatorCount(code) == 0)
            throw new SettingsException($"Unit {code} tidak memiliki indikator di sheet Indikator referensi, sehingga "
                + "laporan kinerjanya tidak dapat disusun.");
        return ReportScope.Unit(code, name, kind);
    }

    /// <summary>The year asked for, which must have December results in the scope; else the latest closed year.</summary>
    public int ReportYear(ParseResult parse, SakipStore store, ReportScope scope)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(scope);

        var queries = new ResultQueries(store);
        var year = parse.GetValue(Year) ?? queries.Periods().LatestClosedYear
            ?? throw new SettingsException("Belum ada hasil Desember di basis data; LKjIP disusun dari capaian akhir tahun.");
        var results = queries.IndicatorResults(year, 12);
        if (!results.Any(r => scope.UnitCode is { } unit ? r.UnitCode == unit : r.Jenis == "IKU"))
            throw new SettingsException($"Belum ada capaian Desember {year} untuk {scope.UnitName ?? "IKU Dinas"}; "
                + "muat laporan akhir tahunnya lebih dulu (sakip files menunjukkan bila berkasnya ditolak).");
        return year;
    }
}
