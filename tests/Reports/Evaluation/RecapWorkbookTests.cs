using SakipAnalytics.Reports.Tests.Fixtures;

namespace SakipAnalytics.Reports.Tests.Evaluation;

/// <summary>The recap workbook of <see cref="EvaluationSample"/>: sheets, figures stored as numbers, formats, notes.</summary>
public sealed class RecapWorkbookTests(WrittenEvaluation written) : IClassFixture<WrittenEvaluation>
{
    private XlsxBook Open() => new(written.Document("Rekap-LKE-2025.xlsx"));

    [Fact]
    public void Write_Workbook_HasTheFourDataSheetsAndKeterangan()
    {
        using var book = Open();

        Assert.Equal(["Peringkat", "Sub Komponen", "Selisih Evaluator", "Uji Capaian Kinerja", "Keterangan"], book.SheetNames);
        Assert.Empty(book.SchemaErrors());
    }

    [Fact]
    public void Peringkat_UnitWithLastYear_StoresScoresAsNumbers()
    {
        using var book = Open();

        var rows = book.Rows("Peringkat");

        Assert.Equal(
        [
            "Peringkat", "Kode unit", "Unit", "Rubrik", "Nilai akhir", "Predikat", "Keterangan predikat", "K1 Perencanaan Kinerja",
            "K2 Pengukuran Kinerja", "K3 Pelaporan Kinerja", "K4 Evaluasi Internal", "K5 Capaian Kinerja", "Nilai 2024",
            "Predikat 2024", "Perubahan",
        ], rows[0]);
        Assert.Equal(
        [
            2m, "PSAA", "UPTD Panti Sosial Asuhan Anak", "12/2015", 71.27m, "BB", "Sangat Baik", 18.75m, 18.76m, 11.26m, 7.5m, 15m,
            50m, "C", 21.27m,
        ], rows[2]);
        Assert.Equal([1m, 2m, 3m], rows.Skip(1).Select(r => r[0]));
        Assert.Null(rows[3][14]);
    }

    [Fact]
    public void Peringkat_Cells_UseBoldHeadersAndIndonesianReadableNumberFormats()
    {
        using var book = Open();

        Assert.True(book.IsBold("Peringkat", 0, 4));
        Assert.Equal("0", book.FormatCode("Peringkat", 1, 0));
        Assert.Equal("#,##0.00", book.FormatCode("Peringkat", 1, 4));
    }

    [Fact]
    public void SubKomponen_LongFormat_OneRowPerUnitAndSubComponent()
    {
        using var book = Open();

        var rows = book.Rows("Sub Komponen");

        Assert.Equal(["Kode unit", "Unit", "No", "Sub komponen", "Bobot", "Nilai", "Capaian bobot (%)"], rows[0]);
        Assert.Equal(1 + 3 * 18, rows.Count);
        object[] expected = ["PSAA", "UPTD Panti Sosial Asuhan Anak", "1.b.2", "Kualitas RKT", 10m, 3.75m, 37.5m];
        Assert.Contains(rows, r => r.SequenceEqual(expected));
    }

    [Fact]
    public void SelisihEvaluator_Difference_StoresBothFiguresAndWhereItSits()
    {
        using var book = Open();

        var rows = book.Rows("Selisih Evaluator");

        Assert.Equal(3, rows.Count);
        Assert.Equal(
            ["PSBR", "UPTD Panti Sosial Bina Remaja", "2.b Kualitas Pengukuran", 7.5m, 6.25m, 1.25m, "LKE 2025 PSBR.xlsx", "LKE", 31m],
            rows[1]);
    }

    [Fact]
    public void UjiCapaianKinerja_EveryCheck_StoresAnswerShareVerdictAndEvidence()
    {
        using var book = Open();

        var rows = book.Rows("Uji Capaian Kinerja");

        Assert.Equal(1 + 3, rows.Count);
        Assert.Equal(
        [
            "PSBR", "UPTD Panti Sosial Bina Remaja", "5.a.1 Kriteria 1", "Indikator output mencapai target", "A", 100m, 25m, "D",
            "Bertentangan dengan data",
            "1 dari 4 indikator output mencapai target (IKK-5 104,00%; IKK-6 80,00%; IKK-7 75,50%; IKK-8 60,00%)",
            "LKE 2025 PSBR.xlsx", 59m,
        ], rows[3]);
        Assert.Null(rows[2][6]);
    }

    [Fact]
    public void Keterangan_Workbook_StatesOfficeYearRubricAndWhenMade()
    {
        using var book = Open();

        var lines = book.Rows("Keterangan").ToDictionary(r => (string)r[0]!, r => r[1]);

        Assert.Equal("Dinas Sosial Provinsi Nusa Tenggara Barat", lines["Instansi"]);
        Assert.Equal("2025", lines["Tahun yang dievaluasi"]);
        Assert.Equal("Pedoman evaluasi internal (skema PermenPAN-RB 12/2015)", lines["Rubrik"]);
        Assert.Equal("4 Desember 2026 pukul 08:30 UTC+00:00", lines["Dibuat"]);
    }
}
