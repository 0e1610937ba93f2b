using SakipAnalytics.Model.Analysis.Lkjip;
using SakipAnalytics.Reports.Lkjip;

namespace SakipAnalytics.Reports.Tests.Lkjip;

public sealed class AgreementTextTests
{
    private static readonly AgreementLine Murni = new()
    {
        Code = "IKU.02", Name = "Indeks kepuasan layanan", Satuan = "Indeks", SasaranCode = "S1", SasaranName = "Sasaran",
        MurniTarget = "3,5", PaguIndikatif = 400_000_000m,
    };

    private static readonly AgreementLine Revised = Murni with
    {
        Code = "IKU.03", Name = "Nilai SAKIP", Satuan = "Predikat", MurniTarget = "B", RevisedTarget = "BB",
        RevisedFrom = new DateOnly(2025, 10, 1),
    };

    [Fact]
    public void Versions_NoRevision_MeasuresAgainstPkMurni()
    {
        var text = AgreementText.Versions([Murni], 2025, "indikator kinerja utama");

        Assert.Equal("Sepanjang tahun 2025 tidak terdapat perubahan target indikator kinerja utama dalam Perjanjian Kinerja, "
            + "sehingga capaian indikator kinerja utama pada Bab III diukur terhadap target PK Murni.", text);
    }

    [Fact]
    public void Versions_EveryIndicatorRevised_MeasuresAgainstPkPerubahanAndNamesOldAndNewGrade()
    {
        var text = AgreementText.Versions([Revised], 2025, "indikator kinerja");

        Assert.Equal("Pada tahun 2025, Perjanjian Kinerja direvisi melalui PK Perubahan untuk 1 indikator kinerja, yaitu "
            + "IKU.03 Nilai SAKIP dari predikat B menjadi predikat BB yang berlaku sejak 1 Oktober 2025. Capaian indikator "
            + "kinerja pada Bab III diukur terhadap target PK Perubahan.", text);
    }

    [Fact]
    public void Versions_IndicatorWithoutAPkTarget_SaysItIsMeasuredAgainstTheUnitsTarget()
    {
        var text = AgreementText.Versions([Murni, Murni with { Code = "IKU.05", MurniTarget = null }], 2025, "indikator kinerja utama");

        Assert.EndsWith("terhadap target PK Murni. Perjanjian Kinerja tersebut tidak memuat target IKU.05; capaiannya pada "
            + "Bab III dihitung terhadap target dalam laporan unit dan perlu diperiksa.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Versions_TwoRevisionsInAYear_NamesEachWithItsDate()
    {
        var twice = Revised with
        {
            Code = "IKU.01", Name = "Persentase PPKS yang mandiri", Satuan = "%", MurniTarget = "20,5", RevisedTarget = "20,8",
            Revisions = [new("21", new DateOnly(2025, 7, 1)), new("20,8", new DateOnly(2025, 10, 1))],
        };

        var text = AgreementText.Versions([twice], 2025, "indikator kinerja utama");

        Assert.Contains("yaitu IKU.01 Persentase PPKS yang mandiri dari 20,5% menjadi 21% sejak 1 Juli 2025, lalu 20,8% sejak "
            + "1 Oktober 2025.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Budget_SomePaguMissing_TotalsTheRestAndNamesTheMissing()
    {
        var text = AgreementText.Budget([Murni, Revised with { PaguIndikatif = null }], 2025);

        Assert.Equal("Jumlah pagu indikatif yang mendukung Perjanjian Kinerja Tahun 2025 sebesar Rp400.000.000, sedangkan "
            + "pagu indikatif untuk IKU.03 belum dicantumkan.", text);
    }

    [Fact]
    public void Budget_NoPagu_SaysItIsNotStated()
    {
        var text = AgreementText.Budget([Murni with { PaguIndikatif = null }], 2025);

        Assert.Equal("Pagu indikatif belum dicantumkan pada data Perjanjian Kinerja Tahun 2025.", text);
    }
}
