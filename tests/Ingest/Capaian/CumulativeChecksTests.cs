using SakipAnalytics.Ingest.Loading;
using SakipAnalytics.Ingest.Tests.Fixtures;

namespace SakipAnalytics.Ingest.Tests.Capaian;

public sealed class CumulativeChecksTests : IDisposable
{
    private const string Unit = "Bidang Pemberdayaan Sosial";
    private readonly IngestHarness _harness = new();
    private readonly TempFolder _temp = new();

    [Fact]
    public void Load_CumulativeValueBelowLastMonth_IsAWarningNamingTheEarlierFigure()
    {
        _harness.Load(_temp.Write("feb.csv", CapaianCsv.For(Unit, "Februari 2026", Day01(month: 20, toDate: 50))));

        var outcome = _harness.Load(_temp.Write("mar.csv", CapaianCsv.For(Unit, "Maret 2026", Day01(month: 10, toDate: 40))));

        var warnings = outcome.Findings.Select(f => (f.Row, f.Found, f.Expected)).ToList();
        Assert.Equal(LoadStatus.Loaded, outcome.Status);
        Assert.Contains((8, "40", "paling sedikit 50"), warnings);
        Assert.Contains((8, "40", "60"), warnings);
    }

    [Fact]
    public void Load_EarlierMonthAboveALaterOneAlreadyLoaded_IsAWarningNamingTheNearestLaterFigure()
    {
        _harness.Load(_temp.Write("apr.csv", CapaianCsv.For(Unit, "April 2026", Day01(month: 10, toDate: 55))));
        _harness.Load(_temp.Write("mar.csv", CapaianCsv.For(Unit, "Maret 2026", Day01(month: 10, toDate: 45))));

        var outcome = _harness.Load(_temp.Write("feb.csv", CapaianCsv.For(Unit, "Februari 2026", Day01(month: 20, toDate: 50))));

        var warning = Assert.Single(outcome.Findings, f => f.Message.Contains("melebihi", StringComparison.Ordinal));
        Assert.Equal((8, "50", "paling banyak 45"), (warning.Row!.Value, warning.Found, warning.Expected));
        Assert.Contains("Maret", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_CumulativeValueThatAddsUp_RaisesNothing()
    {
        _harness.Load(_temp.Write("feb.csv", CapaianCsv.For(Unit, "Februari 2026", Day01(month: 20, toDate: 50))));

        var outcome = _harness.Load(_temp.Write("mar.csv", CapaianCsv.For(Unit, "Maret 2026", Day01(month: 10, toDate: 60))));

        Assert.DoesNotContain(outcome.Findings, f => f.Message.Contains("kumulatif", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_TargetOfZeroInTheUnitsFile_IsAWarning()
    {
        var line = "1;Meningkatnya kemandirian PPKS;DAY.01;Jumlah LKS terdaftar;lembaga;120;0;10;10;;;";

        var outcome = _harness.Load(_temp.Write("jan.csv", CapaianCsv.For(Unit, "Januari 2026", line)));

        var warning = Assert.Single(outcome.Findings);
        Assert.Equal((8, "Target s.d. Bulan Ini", "0"), (warning.Row!.Value, warning.Column, warning.Found));
        Assert.Equal(LoadStatus.Loaded, outcome.Status);
    }

    public void Dispose()
    {
        _harness.Dispose();
        _temp.Dispose();
    }

    private static string Day01(int month, int toDate) =>
        $"1;Meningkatnya kemandirian PPKS;DAY.01;Jumlah LKS terdaftar;lembaga;120;30;{month};{toDate};;;";
}
