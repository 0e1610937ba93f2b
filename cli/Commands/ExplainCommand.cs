using System.CommandLine;
using System.Globalization;
using SakipAnalytics.Cli.Provenance;
using SakipAnalytics.Cli.Settings;
using SakipAnalytics.Model.Provenance;

namespace SakipAnalytics.Cli.Commands;

/// <summary><c>sakip explain IKU.01 2025</c> or <c>sakip explain SEK.01 2026-03</c>: one capaian walked back to its sources.</summary>
public static class ExplainCommand
{
    private const int December = 12;

    public static Command Create(TextWriter output)
    {
        var indicator = new Argument<string>("indikator") { Description = "Kode indikator, misalnya IKU.01" };
        var period = new Argument<string>("periode") { Description = "Tahun (2025) atau bulan (2026-03)" };
        var outFolder = CommonOptions.Output();
        var cap = CommonOptions.Cap();
        var command = new Command("explain", "Jelaskan satu angka capaian: masukan, rumus, pengaturan dan baris sumbernya")
        {
            indicator, period, outFolder, cap,
        };
        command.SetAction(parse => Guard.Run(output, () => Explain(parse, indicator, period, outFolder, cap, output)));
        return command;
    }

    private static int Explain(
        ParseResult parse,
        Argument<string> indicator,
        Argument<string> period,
        Option<string?> outFolder,
        Option<string?> cap,
        TextWriter output)
    {
        var settings = StoreOptions.Settings(parse, outFolder, cap);
        var (year, month) = Period(parse.GetValue(period)!);
        using var store = StoreOptions.OpenExisting(settings);
        var provenance = new ProvenanceQueries(store);
        if (!provenance.IndicatorExists(parse.GetValue(indicator)!))
            throw new SettingsException($"Indikator {parse.GetValue(indicator)} tidak dikenal oleh workbook referensi.");

        var found = provenance.Explain(parse.GetValue(indicator)!, year, month);
        if (found.Count == 0)
            throw new SettingsException($"Tidak ada capaian {parse.GetValue(indicator)} untuk periode {month:00}/{year}.");

        foreach (var explanation in found)
            ExplanationText.Write(explanation, settings.Analysis(), output);
        return ExitCodes.Success;
    }

    /// <summary>"2025" is the year (its December result); "2026-03" or "03/2026" a month.</summary>
    internal static (int Year, int Month) Period(string text)
    {
        var parts = text.Split('-', '/');
        var numbers = parts.Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1).ToArray();
        return numbers switch
        {
            [var y] when y > 1999 => (y, December),
            [var y, var m] when y > 1999 && m is >= 1 and <= 12 => (y, m),
            [var m, var y] when y > 1999 && m is >= 1 and <= 12 => (y, m),
            _ => throw new SettingsException($"Periode '{text}' tidak dikenal; gunakan 2025 atau 2026-03."),
        };
    }
}
