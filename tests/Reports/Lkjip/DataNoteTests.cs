using SakipAnalytics.Model.Quality;
using SakipAnalytics.Reports.Lkjip;

namespace SakipAnalytics.Reports.Tests.Lkjip;

public sealed class DataNoteTests
{
    private static readonly QualityFinding AbsorptionDiffers = new()
    {
        Kind = "serapan berbeda dengan LRA", File = "capaian-rehsos-2024-12.xlsx", Row = 7, Found = "83,51",
        Expected = "94,05 menurut LRA 2024-12.xlsx",
        Message = "IKU.01 mengukur realisasi anggaran, tetapi nilai akhir tahunnya berbeda dengan serapan seluruh program di LRA Desember.",
    };

    [Fact]
    public void Of_FindingOnTheIndicatorsOwnLine_StatesItBesideTheFigure()
    {
        var note = DataNote.Of(SampleLkjipFacts.Iku01(), [AbsorptionDiffers]);

        Assert.Equal("Catatan kualitas data: IKU.01 mengukur realisasi anggaran, tetapi nilai akhir tahunnya berbeda dengan "
            + "serapan seluruh program di LRA Desember. Nilai yang dilaporkan 83,51, sedangkan seharusnya 94,05 menurut "
            + "LRA 2024-12.xlsx. Rinciannya tercantum pada Lampiran 3.", note);
    }

    [Fact]
    public void Of_FindingOnAnotherRowOrOneTheNarrativeExplains_IsNoNote()
    {
        QualityFinding[] findings =
        [
            AbsorptionDiffers with { Row = 8 },
            AbsorptionDiffers with { Kind = "capaian tidak dapat dihitung" },
        ];

        Assert.Null(DataNote.Of(SampleLkjipFacts.Iku01(), findings));
    }
}
