using SakipAnalytics.Model.Quality;
using SakipAnalytics.Reports.Lkjip;
using SakipAnalytics.Reports.Tests.Word;

namespace SakipAnalytics.Reports.Tests.Lkjip;

public sealed class FindingTableTests
{
    [Theory]
    [InlineData("laporan sama dengan bulan lalu", "Laporan Sama dengan Bulan Lalu")]
    [InlineData("pagu e-Monev berbeda dengan LRA", "Pagu e-Monev Berbeda dengan LRA")]
    [InlineData("sub kegiatan tanpa pemetaan", "Sub Kegiatan tanpa Pemetaan")]
    public void Title_Kind_CapitalisesAsIndonesianTitles(string kind, string title)
    {
        var text = FindingTable.Title(kind);

        Assert.Equal(title, text);
    }

    [Fact]
    public void Location_LateReport_IsItsUnitAndMonth()
    {
        var finding = new QualityFinding { Kind = "laporan belum diterima", UnitCode = "PSBR", Year = 2025, Month = 7, Message = "-" };

        var location = FindingTable.Location(finding);

        Assert.Equal("unit PSBR, Juli 2025", location);
    }

    [Fact]
    public void Location_CellFinding_IsSheetRowAndColumn()
    {
        var finding = new QualityFinding { Kind = "koreksi", Sheet = "LRA", Row = 1204, Column = "Pagu", Year = 2025, Message = "-" };

        var location = FindingTable.Location(finding);

        Assert.Equal("sheet LRA, baris 1204, kolom Pagu", location);
    }

    [Fact]
    public void Build_LateReport_PrintsDatesTheIndonesianWay()
    {
        var finding = new QualityFinding
        {
            Kind = "laporan terlambat", File = "capaian-psaa-2024-10.xlsx", UnitCode = "PSAA", Year = 2024, Month = 10,
            Found = "14/11/2024 (tanggal tanda tangan)", Expected = "paling lambat 10/11/2024", Message = "Terlambat 4 hari.",
        };

        var row = DocxText.Rows(FindingTable.Build([finding]).Build())[1];

        Assert.Equal(["1", "capaian-psaa-2024-10.xlsx", "unit PSAA, Oktober 2024", "14 November 2024 (tanggal tanda tangan)",
            "paling lambat 10 November 2024", "Terlambat 4 hari."], row);
    }

    [Fact]
    public void Build_RejectedCell_KeepsTheValueAsTyped()
    {
        var finding = new QualityFinding { Kind = "berkas ditolak", Found = "31/02/2024", Expected = "tanggal", Message = "-" };

        var row = DocxText.Rows(FindingTable.Build([finding]).Build())[1];

        Assert.Equal("31/02/2024", row[3]);
    }
}
