using SakipAnalytics.Model.Analysis.Lkjip;
using SakipAnalytics.Reports.Lkjip;
using SakipAnalytics.Reports.Tests.Word;

namespace SakipAnalytics.Reports.Tests.Lkjip;

public sealed class SeriesTableTests
{
    [Fact]
    public void Build_BaselineAndRevisedYear_ShowsBaselineRowAndMarksThePkPerubahan()
    {
        var analysis = new IkuAnalysis
        {
            Code = "IKU.01",
            Series =
            [
                new SeriesYear { Code = "IKU.01", Year = 2020, Baseline = 14.85m },
                new SeriesYear
                {
                    Code = "IKU.01", Year = 2021, RenstraTarget = 17.5m, PkTarget = 18m, PkVersion = "Perubahan",
                    Realisasi = 16.87m, Capaian = 93.72m, Band = "Sangat Tinggi",
                },
                new SeriesYear { Code = "IKU.04", Year = 2022, RenstraTargetGrade = "B", PkTargetGrade = "B", RealisasiGrade = "BB" },
            ],
        };

        var rows = DocxText.Rows(SeriesTable.Build(analysis, 2022).Build());

        Assert.Equal(["2020 (kondisi awal)", "-", "-", "14,85", "-", "-"], rows[1]);
        Assert.Equal(["2021", "17,5", "18 (Perubahan)", "16,87", "93,72", "Sangat Tinggi"], rows[2]);
        Assert.Equal(["2022", "B", "B", "BB", "-", "-"], rows[3]);
    }

    [Fact]
    public void Build_RangeTargets_PrintsBothBounds()
    {
        var analysis = new IkuAnalysis
        {
            Code = "IKU.05",
            Series =
            [
                new SeriesYear
                {
                    Code = "IKU.05", Year = 2025, RenstraTarget = 80m, RenstraTargetHigh = 90m, PkTarget = 82.5m,
                    PkTargetHigh = 90m, Realisasi = 85m, Capaian = 100m, Band = "Sangat Tinggi",
                },
            ],
        };

        var rows = DocxText.Rows(SeriesTable.Build(analysis, 2025).Build());

        Assert.Equal(["2025", "80–90", "82,5–90", "85", "100,00", "Sangat Tinggi"], rows[1]);
    }
}
