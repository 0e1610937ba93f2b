using System.Globalization;
using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Capaian;
using SakipAnalytics.Model.Formatting;
using SakipAnalytics.Model.Provenance;

namespace SakipAnalytics.Cli.Provenance;

/// <summary>Prints one capaian figure with its inputs, formula, settings and source rows, in Indonesian.</summary>
public static class ExplanationText
{
    public static void Write(CapaianExplanation e, AnalysisSettings settings, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(output);

        var period = IndonesianFormat.MonthYear(e.Year, e.Month);
        output.WriteLine($"Capaian {e.IndicatorCode} {e.IndicatorName} ({e.UnitCode}), {period}");
        Line(output, "Target s.d. bulan ini", $"{Value(e.Target)} {e.Satuan} (PK {e.TargetSource}; tahunan {Value(e.AnnualTarget)})");
        Line(output, "Sumber target", e.PkSource ?? "tidak ada PK di referensi; target dari laporan unit");
        if (e.RencanaAksiSource is not null)
            Line(output, "Rencana aksi", e.RencanaAksiSource);
        var realisasi = e.RealisasiGrade ?? (e.Realisasi is { } r ? $"{IndonesianFormat.Figure(r)} {e.Satuan}" : "belum dilaporkan");
        Line(output, "Realisasi s.d. bulan ini", realisasi);
        Line(output, "Rumus", $"{Formula(e)} (polaritas {e.Polarity}, agregasi {e.Aggregation})");
        Line(output, "Capaian", CapaianText(e, settings));
        Line(output, "Capaian menurut unit", e.ReportedCapaian is { } u ? IndonesianFormat.Number(u) : "tidak diisi");
        var sheet = e.SourceSheet is null ? "" : $", sheet {e.SourceSheet}";
        Line(output, "Sumber realisasi", $"{e.SourceFile}{sheet}, baris {e.SourceRow}");
        Line(output, "SHA-256 berkas", e.SourceSha256);
        Line(output, "Pengaturan", $"{CapText(settings.Cap)}; kategori ≥ {Bands(settings.Bands)}");
    }

    private static string CapaianText(CapaianExplanation e, AnalysisSettings settings)
    {
        if (e.Capaian is not { } value)
            return $"tidak dapat dihitung: {e.NotComputable}";

        var shown = settings.Cap.Apply(value);
        return $"{IndonesianFormat.Number(shown)}% (tanpa batas atas {IndonesianFormat.Number(value)}%; "
            + $"kategori {BandScale.Label(settings.Bands.Classify(shown))})";
    }

    private static string Formula(CapaianExplanation e) =>
        CapaianFormula.Describe(e.Polarity == "negatif" ? Polarity.Negative : Polarity.Positive, e.TargetKind);

    /// <summary>A stored target ("19.29", "80-90", "BB") in Indonesian figures.</summary>
    private static string Value(string? stored) =>
        stored is null ? "-" : string.Join("-", stored.Split('-').Select(Figure));

    private static string Figure(string part) =>
        decimal.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? IndonesianFormat.Figure(d) : part;

    private static string CapText(CapSetting cap) =>
        cap.Ceiling is { } ceiling ? $"capaian dibatasi {IndonesianFormat.Figure(ceiling)}%" : "tanpa batas atas capaian";

    private static string Bands(BandScale b) =>
        string.Join(" / ", new[] { b.SangatTinggi, b.Tinggi, b.Sedang, b.Rendah }.Select(x => IndonesianFormat.Figure(x)));

    private static void Line(TextWriter output, string label, string text) => output.WriteLine($"  {label,-26}: {text}");
}
