using System.CommandLine;
using SakipAnalytics.Cli.Settings;
using SakipAnalytics.Model.Analysis.Tables;
using SakipAnalytics.Reports.Exports;

namespace SakipAnalytics.Cli.Commands;

/// <summary>The arguments of <c>sakip export</c> and how they become a <see cref="TableExport"/>.</summary>
public sealed class ExportOptions
{
    public Argument<string?> Table { get; } = new("tabel")
    {
        Description = "Nama tabel, misalnya capaian_bulanan",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public Option<int?> Year { get; } = CommonOptions.Year("Tahun");

    public Option<int?> Month { get; } = CommonOptions.Month();

    public Option<string?> Unit { get; } = new("--unit") { Description = "Kode unit, misalnya SEKRE atau PSAA" };

    public Option<string> Format { get; } = new("--format")
    {
        Description = "csv atau xlsx (bawaan: menurut akhiran --file, atau csv)",
        DefaultValueFactory = _ => "csv",
    };

    public Option<string?> File { get; } = new("--file")
    {
        Description = "Berkas tujuan (bawaan: <out>/ekspor/<tabel>-<saringan>.<format>); dengan --all, folder tujuan",
    };

    public Option<bool> All { get; } = new("--all") { Description = "Ekspor semua tabel ke <out>/ekspor/" };

    public Option<string?> OutFolder { get; } = CommonOptions.Output();

    public Option<string?> Cap { get; } = CommonOptions.Cap();

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);

        command.Arguments.Add(Table);
        command.Options.Add(Format);
        command.Options.Add(All);
        AddFiltersTo(command);
    }

    /// <summary>The year, month and unit filters with the destination, output folder and cap.</summary>
    public void AddFiltersTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);

        foreach (Option option in new Option[] { Year, Month, Unit, File, OutFolder, Cap })
            command.Options.Add(option);
    }

    public TableFilter Filter(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);

        return new TableFilter(parse.GetValue(Year), parse.GetValue(Month), parse.GetValue(Unit)?.Trim().ToUpperInvariant());
    }

    public TableExport Export(ParseResult parse, AnalysisTable table, SakipSettings settings)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(settings);

        var file = Destination(parse);
        var format = FormatFor(parse, file);
        var filter = Filter(parse);
        var path = file ?? Path.Combine(settings.OutputFolder, "ekspor", TableExporter.DefaultFileName(table, filter, format));
        return new TableExport(table, filter, format, path);
    }

    /// <summary>The --file given, refusing a blank one; null when none was given.</summary>
    public string? Destination(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);

        var file = parse.GetValue(File);
        if (file is not null && string.IsNullOrWhiteSpace(file))
            throw new SettingsException("--file kosong; sebut nama berkas tujuan, misalnya --file capaian.xlsx.");
        return file;
    }

    /// <summary>
    /// The format asked for: --format when given, else the --file's extension, else csv. A --file whose
    /// extension says otherwise than --format is refused rather than written with the wrong content.
    /// </summary>
    public ExportFormat FormatFor(ParseResult parse, string? file)
    {
        ArgumentNullException.ThrowIfNull(parse);

        var named = Path.GetExtension(file ?? "").ToLowerInvariant() switch
        {
            ".csv" => ExportFormat.Csv,
            ".xlsx" => ExportFormat.Xlsx,
            _ => (ExportFormat?)null,
        };
        if (parse.GetResult(Format) is not { Implicit: false })
            return named ?? ExportFormat.Csv;

        var format = ParseFormat(parse.GetValue(Format)!);
        if (named is { } extension && extension != format)
            throw new SettingsException($"--file {Path.GetFileName(file)} tidak cocok dengan --format {parse.GetValue(Format)}; "
                + "samakan akhiran nama berkas dengan formatnya.");
        return format;
    }

    /// <summary>The filters a table takes, as the table list shows them: --year --month --unit.</summary>
    public static string FilterNames(AnalysisTable table)
    {
        ArgumentNullException.ThrowIfNull(table);

        var names = new List<string>();
        if (table.Takes(TableDimensions.Year))
            names.Add(table.Requires(TableDimensions.Year) ? "--year wajib" : "--year");
        if (table.Takes(TableDimensions.Month))
            names.Add(table.Requires(TableDimensions.Month) ? "--month wajib" : "--month");
        if (table.Takes(TableDimensions.Unit))
            names.Add("--unit");
        return string.Join(" ", names);
    }

    public static ExportFormat ParseFormat(string text) => text.Trim().ToLowerInvariant() switch
    {
        "csv" => ExportFormat.Csv,
        "xlsx" => ExportFormat.Xlsx,
        _ => throw new SettingsException($"Format '{text}' tidak dikenal; gunakan csv atau xlsx."),
    };
}
