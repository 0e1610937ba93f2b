using SakipAnalytics.Model.Analysis.Lkjip;
using SakipAnalytics.Model.Capaian;
using SakipAnalytics.Reports.Lkjip;
using SakipAnalytics.Reports.Tests.Word;

namespace SakipAnalytics.Reports.Tests.Lkjip;

public sealed class CascadeTableTests
{
    [Fact]
    public void Build_ProgramAndActivityIndicators_ShowResultAndMappedBudget()
    {
        CascadeLine[] cascade =
        [
            new() { IkuCode = "IKU.01", Depth = 1, Jenis = "IKP", Code = "REH.01", Name = "Persentase PPKS terlayani",
                    UnitCode = "REHSOS", Target = Target.Number(100m), Realisasi = 98.02m, Capaian = 98.02m },
            new() { IkuCode = "IKU.01", Depth = 2, Jenis = "IKK", Code = "PSTW.01", Name = "Jumlah lansia terlayani",
                    UnitCode = "PSTW", Target = Target.Number(110m), Realisasi = 111m, Capaian = 100.91m,
                    Spending = new EfficiencyFigures
                    {
                        Code = "PSTW.01", UnitCode = "PSTW", Pagu = 2_310_000_000m, Spent = 2_073_373_065m, Absorption = 89.76m,
                        Primary = "selisih",
                    } },
        ];

        var rows = DocxText.Rows(CascadeTable.Build(cascade).Build());

        Assert.Equal(["IKP REH.01 Persentase PPKS terlayani (REHSOS)", "100", "98,02", "98,02", "-", "-"], rows[1]);
        Assert.Equal(["IKK PSTW.01 Jumlah lansia terlayani (PSTW)", "110", "111", "100,91", "2.310.000.000", "89,76"], rows[2]);
    }

    [Fact]
    public void Build_TargetSetByAPkRevision_IsMarkedPerubahan()
    {
        CascadeLine[] cascade =
        [
            new() { IkuCode = "IKU.02", Depth = 1, Jenis = "IKP", Code = "LJS.02", Name = "Jumlah keluarga miskin penerima",
                    UnitCode = "LINJAMSOS", Target = Target.Number(250m), TargetVersion = "Perubahan", Realisasi = 294m },
        ];

        var rows = DocxText.Rows(CascadeTable.Build(cascade).Build());

        Assert.Equal("250 (Perubahan)", rows[1][1]);
    }
}
