using System.Net;
using System.Text;
using SakipAnalytics.Ingest.Findings;
using SakipAnalytics.Ingest.Loading;
using SakipAnalytics.Model.Formatting;

namespace SakipAnalytics.Ingest.Rejection;

/// <summary>
/// The report that goes back to a unit whose file was rejected: one self-contained HTML page in
/// Indonesian listing every problem with its sheet, row, column, what was found and what was
/// expected, so the file can be fixed in one go.
/// </summary>
public static class RejectionReport
{
    private const string Style =
        "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
        + "td,th{border:1px solid #999;padding:4px 8px;text-align:left;vertical-align:top}";

    /// <summary>
    /// Writes <c>&lt;file name&gt;.html</c> into the folder and returns its path; <paramref name="fileName"/>
    /// names the report after the file as it was kept, when that differs from the name it came with.
    /// </summary>
    public static string Write(FileOutcome outcome, string folder, DateTimeOffset when, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(outcome);

        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, (fileName ?? outcome.FileName) + ".html");
        File.WriteAllText(path, Render(outcome, when), new UTF8Encoding(false));
        return path;
    }

    public static string Render(FileOutcome outcome, DateTimeOffset when)
    {
        ArgumentNullException.ThrowIfNull(outcome);

        var name = Encode(outcome.FileName);
        var checkedAt = IndonesianFormat.Moment(when);
        string[] lines =
        [
            "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\">",
            $"<title>Berkas ditolak: {name}</title>",
            $"<style>{Style}</style></head><body>",
            $"<h1>Berkas ditolak: {name}</h1>",
            $"<p>{Encode(About(outcome))}</p>",
            $"<p>Diperiksa {Encode(checkedAt)}. Tidak ada isi berkas ini yang disimpan. "
                + "Perbaiki semua masalah di bawah, lalu kirim ulang berkasnya.</p>",
            Table(outcome.Findings),
            "</body></html>",
        ];
        return string.Join("\n", lines) + "\n";
    }

    private static string Table(IReadOnlyList<Finding> findings)
    {
        var rows = findings.Select(f =>
            $"<tr><td>{Kind(f)}</td><td>{Encode(f.Sheet)}</td><td>{f.Row}</td><td>{Encode(f.Column)}</td>"
            + $"<td>{Encode(f.Message)}</td><td>{Encode(f.Found)}</td><td>{Encode(f.Expected)}</td></tr>");
        return "<table><tr><th>Jenis</th><th>Sheet</th><th>Baris</th><th>Kolom</th><th>Masalah</th>"
            + "<th>Ditemukan</th><th>Seharusnya</th></tr>\n" + string.Join("\n", rows) + "\n</table>";
    }

    private static string About(FileOutcome outcome)
    {
        var unit = outcome.UnitCode is null ? "unit tidak terbaca" : $"unit {outcome.UnitCode}";
        var period = (outcome.Year, outcome.Month) switch
        {
            ({ } y, { } m) => IndonesianFormat.MonthYear(y, m),
            ({ } y, null) => $"tahun {y}",
            _ => "periode tidak terbaca",
        };
        return $"Jenis berkas: {Detection.FileKindNames.Indonesian(outcome.Kind)}; {unit}; {period}.";
    }

    private static string Kind(Finding finding) => finding.Severity == Severity.Error ? "Kesalahan" : "Peringatan";

    private static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");
}
