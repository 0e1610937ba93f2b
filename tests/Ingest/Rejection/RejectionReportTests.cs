using SakipAnalytics.Ingest.Detection;
using SakipAnalytics.Ingest.Findings;
using SakipAnalytics.Ingest.Loading;
using SakipAnalytics.Ingest.Rejection;

namespace SakipAnalytics.Ingest.Tests.Rejection;

public sealed class RejectionReportTests
{
    private static readonly DateTimeOffset Checked = new(2026, 4, 6, 9, 30, 0, TimeSpan.FromHours(8));

    [Fact]
    public void Render_TwoErrors_ListsBothWithWhereWhatAndExpected()
    {
        var outcome = Rejected(
            Error(9, "Kode Indikator", "REH.99", "kode dari sheet Indikator referensi"),
            Error(10, "Realisasi s.d. Bulan Ini", "enam", "angka"));

        var html = RejectionReport.Render(outcome, Checked);

        Assert.Contains("<td>Kesalahan</td><td>Capaian</td><td>9</td><td>Kode Indikator</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>enam</td><td>angka</td>", html, StringComparison.Ordinal);
        Assert.Contains("Diperiksa 6 April 2026 pukul 09:30", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MarkupInTheFile_IsShownAsText()
    {
        var outcome = Rejected(Error(9, "Kode Indikator", "<script>alert(1)</script>", "kode"));

        var html = RejectionReport.Render(outcome, Checked);

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    private static FileOutcome Rejected(params Finding[] findings) => new()
    {
        Path = "/inbox/capaian-rehsos.xlsx", Kind = FileKind.Capaian, Status = LoadStatus.Rejected, Findings = findings,
    };

    private static Finding Error(int row, string column, string found, string expected) => new()
    {
        Severity = Severity.Error, Message = "Isi sel tidak valid", Sheet = "Capaian", Row = row, Column = column,
        Found = found, Expected = expected,
    };
}
