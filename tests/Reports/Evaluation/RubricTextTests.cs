using SakipAnalytics.Model.Evaluation;
using SakipAnalytics.Reports.Evaluation;

namespace SakipAnalytics.Reports.Tests.Evaluation;

public sealed class RubricTextTests
{
    private static readonly OfficeEvaluation Mixed = LkeBenchmark.Build(2025,
        [
            new LkeWorksheetBuilder("SEK", "Sekretariat", 2025, "BB", RubricCatalog.Scheme2021).Score(),
            new LkeWorksheetBuilder("PSAA", "UPTD Panti Sosial Asuhan Anak", 2025, "B").Score(),
        ],
        [], _ => []);

    [Fact]
    public void Of_UnitsUnderTwoRubrics_NamesEachWithItsUnits()
    {
        var text = RubricText.Of(Mixed);

        Assert.Equal("PermenPAN-RB 88/2021 (SEK) dan Pedoman evaluasi internal (skema PermenPAN-RB 12/2015) (PSAA)", text);
    }

    [Fact]
    public void Legend_UnitsUnderTwoRubrics_ShowsEveryComponentNumberWithEachVersion()
    {
        var columns = ComponentColumns.Of(Mixed);

        Assert.Equal(["1", "2", "3", "4", "5"], columns.Numbers);
        Assert.Equal(
            "K1 = Perencanaan Kinerja (bobot 30); K2 = Pengukuran Kinerja (bobot 30 atau 25); K3 = Pelaporan Kinerja (bobot 15); "
            + "K4 = Evaluasi Akuntabilitas Kinerja Internal (bobot 25) atau Evaluasi Internal (bobot 10); "
            + "K5 = Capaian Kinerja (bobot 20)",
            columns.Legend());
    }
}
