using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace SakipAnalytics.Cli.Commands;

/// <summary>Options shared by the commands that read inputs or write outputs.</summary>
public static class CommonOptions
{
    public static Option<string?> Data() =>
        new("--data") { Description = "Folder berkas masukan (bawaan: data, atau DataFolder di sakip.json)" };

    public static Option<string?> Output() =>
        new("--out") { Description = "Folder basis data dan keluaran (bawaan: out)" };

    /// <summary>--year, refused in Indonesian when it is not a whole number; which years exist is checked later.</summary>
    public static Option<int?> Year(string description) => new("--year")
    {
        Description = description,
        CustomParser = result => WholeNumber(result, "--year", "tahun dalam angka, misalnya 2025", 1, 9999),
    };

    /// <summary>--month, refused in Indonesian when it is not 1 to 12.</summary>
    public static Option<int?> Month() => new("--month")
    {
        Description = "Bulan 1-12 (memerlukan --year)",
        CustomParser = result => WholeNumber(result, "--month", "nomor bulan 1 sampai 12", 1, 12),
    };

    public static Option<string?> Cap() =>
        new("--cap") { Description = "Batas atas capaian yang ditampilkan: none, 100 atau 120 (bawaan: none)" };

    private static int? WholeNumber(ArgumentResult result, string option, string expected, int min, int max)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            return value;

        result.AddError($"{option} '{text}' tidak valid; seharusnya {expected}.");
        return null;
    }
}
