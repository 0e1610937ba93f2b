using System.Text.RegularExpressions;
using SakipAnalytics.Dashboards.Charts;
using SakipAnalytics.Dashboards.Html;
using SakipAnalytics.Dashboards.Monthly;
using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Capaian;

namespace SakipAnalytics.Dashboards.Tests.Monthly;

public sealed partial class DashboardPageTests
{
    private static string Render(DashboardFacts facts) =>
        DashboardPage.Render(facts, DashboardCharts.Overview(facts), DashboardCharts.Paths(facts));

    private static PageDocument RenderDocument(DashboardFacts facts) => PageDocument.Parse(Render(facts));

    [Fact]
    public void Render_SampleMonth_TitleNamesOfficeAndMonth()
    {
        var facts = SampleFacts.October2026();

        var page = RenderDocument(facts);

        var expected = "Dasbor Kinerja Bulanan — Dinas Sosial Provinsi Kalimantan Selatan — Oktober 2026";
        Assert.Equal(expected, PageDocument.Text(page.Root.Descendants("head").Single().Element("title")!));
        Assert.Equal(expected, PageDocument.Text(page.Root.Descendants("h1").Single()));
    }

    [Fact]
    public void Render_SampleMonth_CountsIndicatorsByTrack()
    {
        var facts = SampleFacts.October2026();

        var page = RenderDocument(facts);

        Assert.Equal("1", PageDocument.Text(page.Tile("on-track")));
        Assert.Equal("3", PageDocument.Text(page.Tile("at-risk")));
        Assert.Equal("1", PageDocument.Text(page.Tile("off-track")));
    }

    [Fact]
    public void Render_SampleMonth_PrintsMeanCapaianInIndonesian()
    {
        var facts = SampleFacts.October2026();

        var tile = RenderDocument(facts).Tile("mean-capaian");

        // REH-02 is 79,7407; LIN-02 (target nol) is left out.
        Assert.Equal("79,45%", PageDocument.Text(tile));
        Assert.Contains(
            "= (100,00 + 95,00 + 77,50 + 79,74 + 45,00) / 5 = 79,45%", (string?)tile.Attribute("title"), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SampleMonth_PrintsAbsorptionAgainstPaguAndRak()
    {
        var facts = SampleFacts.October2026();

        var page = RenderDocument(facts);

        Assert.Equal("65,91%", PageDocument.Text(page.Tile("absorption")));
        Assert.Equal("90,63%", PageDocument.Text(page.Tile("absorption-rak")));
        var formula = PageDocument.Tooltip(page.Tile("absorption"));
        Assert.Contains("Rp7.250.000.000 / Rp11.000.000.000 × 100", formula, StringComparison.Ordinal);
        Assert.EndsWith("Sumber LRA: LRA 2026-10.csv; RAK (e-Monev): RFK 2026-10.xlsx", formula, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MonthWhoseLraHasNotArrived_SaysTheTilesStandAtTheMonthBefore()
    {
        var facts = SampleFacts.October2026();
        facts = facts with { Absorption = [.. facts.Absorption.Where(p => p.Month < 10)], LraMonth = 9 };

        var tile = RenderDocument(facts).Tile("absorption");

        Assert.Equal("55,45%", PageDocument.Text(tile));
        var caption = PageDocument.Text(tile.ElementsAfterSelf().First());
        Assert.StartsWith("LRA Oktober 2026 belum ada, angka s.d. September; Rp6.100.000.000", caption, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoRak_LeavesOutTheRakTile()
    {
        var facts = SampleFacts.October2026() with
        {
            Absorption = [new AbsorptionPoint(1, 1_000m, 100m, null)],
        };

        var html = Render(facts);

        Assert.Contains("data-tile=\"absorption\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-tile=\"absorption-rak\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoAbsorptionYet_ShowsADash()
    {
        var facts = SampleFacts.October2026() with { Absorption = [] };

        var page = RenderDocument(facts);

        Assert.Equal("—", PageDocument.Text(page.Tile("absorption")));
    }

    [Fact]
    public void Render_SampleMonth_CountsUnitsLateOrWithoutReportAndNamesThem()
    {
        var facts = SampleFacts.October2026();

        var tile = RenderDocument(facts).Tile("late-or-missing");

        Assert.Equal("2", PageDocument.Text(tile));
        Assert.Equal(
            "Batas kirim laporan Oktober 2026: tanggal 10 bulan berikutnya. Terlambat: Bidang Rehabilitasi Sosial (6 hari). "
            + $"Belum melapor: {SampleFacts.LateUnitName} (2 dari 4 unit)",
            PageDocument.Tooltip(tile));
    }

    [Fact]
    public void Render_SampleMonth_ReportColumnSaysOnTimeLateCorrectedOrMissingWithTheDates()
    {
        var facts = SampleFacts.October2026();

        var rows = RenderDocument(facts).Rows("tabel-unit");

        Assert.Equal(
            ["Tepat waktu", "Terlambat 6 hari Dikoreksi 1×", "Tepat waktu", "Belum melapor"],
            rows.Select(r => PageDocument.Text(PageDocument.Cell(r, 6))));
        Assert.Equal(
            "Dikirim 16 November 2026, batas 10 November 2026; dikoreksi 1 kali\nSumber: capaian_rehsos_2026-10.xlsx",
            PageDocument.Tooltip(PageDocument.Cell(rows[1], 6)));
    }

    [Fact]
    public void Render_SampleMonth_EveryTileExplainsItsFormula()
    {
        var facts = SampleFacts.October2026();

        var tiles = RenderDocument(facts).Root.Descendants().Where(e => e.Attribute("data-tile") is not null).ToList();

        Assert.Equal(7, tiles.Count);
        Assert.All(tiles, tile => Assert.False(string.IsNullOrWhiteSpace((string?)tile.Attribute("title"))));
    }

    [Fact]
    public void Render_CapAtHundred_MeanUsesDisplayedCapaian()
    {
        var overAchiever = SampleFacts.Indicator("SEK-02", "Dokumen", "%", "SEKRE", Target.Number(100), Realisasi.Number(150), 5);
        var facts = SampleFacts.October2026() with
        {
            Settings = AnalysisSettings.Default with { Cap = new CapSetting(100m) },
            Indicators = [overAchiever, SampleFacts.Indicators()[4]],
        };

        var page = RenderDocument(facts);

        Assert.Equal("72,50%", PageDocument.Text(page.Tile("mean-capaian")));
        var capaian = PageDocument.Cell(page.IndicatorRow("SEK-02"), 6);
        Assert.Equal("100,00%", PageDocument.Text(capaian));
        Assert.Contains("= 150,00%, ditampilkan 100,00%", PageDocument.Tooltip(capaian), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnitNameWithScriptTag_ShowsItAsText()
    {
        var units = SampleFacts.Units().Select(u => u.UnitCode == "SEKRE" ? u with { UnitName = "<script>alert(1)</script>" } : u).ToList();
        var facts = SampleFacts.October2026() with { Units = units };

        var html = Render(facts);

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Render_KendalaAndFileNamesWithMarkup_AreEscaped()
    {
        var indicator = SampleFacts.Indicators()[4] with { Kendala = "Dana <b>tertunda</b> & \"macet\"" };
        var facts = SampleFacts.October2026() with { Indicators = [indicator] };

        var html = Render(facts);

        Assert.Contains("Dana &lt;b&gt;tertunda&lt;/b&gt; &amp; &quot;macet&quot;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SampleMonth_LinksToNothingOutside()
    {
        var facts = SampleFacts.October2026();

        var html = Render(facts);

        Assert.Empty(ExternalReference().Matches(html));
        Assert.DoesNotContain("http", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Render_SampleMonth_IsIndonesianAndPrintsOnA4Landscape()
    {
        var facts = SampleFacts.October2026();

        var page = RenderDocument(facts);

        Assert.Equal("id", (string?)page.Root.Attribute("lang"));
        var css = PageDocument.Text(page.Root.Descendants("style").Single());
        Assert.Contains("@page { size: A4 landscape;", css, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SampleMonth_InlinesEveryChartWithText()
    {
        var facts = SampleFacts.October2026();

        var page = RenderDocument(facts);

        var charts = page.Root.Descendants().Where(e => e.Name.LocalName == "svg").ToList();
        Assert.Equal(5, charts.Count);
        Assert.Contains(charts[0].Descendants().Where(e => e.Name.LocalName == "text"), t => t.Value.Trim() == "Sekretariat");
        Assert.Contains(charts[1].Descendants().Where(e => e.Name.LocalName == "text"), t => t.Value.Trim() == "Okt");
        Assert.Contains(charts[2].Descendants().Where(e => e.Name.LocalName == "text"), t => t.Value.Trim() == "REHSOS");
        var progressText = charts[3].Descendants().Where(e => e.Name.LocalName == "text");
        Assert.Contains(progressText, t => t.Value.Trim().StartsWith("Fisik", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_NegativeIndicator_ExplainsTheNegativeFormula()
    {
        var facts = SampleFacts.October2026();

        var row = RenderDocument(facts).IndicatorRow("REH-02");

        var capaian = PageDocument.Cell(row, 6);
        Assert.Equal("79,74%", PageDocument.Text(capaian));
        Assert.Contains("(2 × target − realisasi) / target × 100", (string?)capaian.Attribute("title"), StringComparison.Ordinal);
        Assert.Contains("= (2 × 6,17 − 7,42) / 6,17 × 100", (string?)capaian.Attribute("title"), StringComparison.Ordinal);
        Assert.Equal("Sumber: capaian_rehsos_2026-10.xlsx, sheet Capaian, baris 5", (string?)row.Attribute("title"));
    }

    [Fact]
    public void Render_NotComputableIndicator_ShowsDashReasonAndUnknownStatus()
    {
        var facts = SampleFacts.October2026();

        var cells = RenderDocument(facts).Cells("tabel-indikator").Single(r => r[0] == "LIN-02");

        Assert.Equal("— target bernilai nol", cells[6]);
        Assert.Equal("—", cells[7]);
        Assert.Equal("Tidak dapat dihitung", cells[8]);
    }

    [Fact]
    public void Render_IndicatorsNeedingAttention_ListsTheFurthestBehindFirst()
    {
        var facts = SampleFacts.October2026();
        var reh01 = facts.Indicators[2] with { Capaian = CapaianResult.Of(98.75m) };
        facts = facts with { Indicators = [.. facts.Indicators.Select(i => i.Code == "REH-01" ? reh01 : i)] };

        var codes = RenderDocument(facts).Cells("tabel-indikator").Select(r => r[0]);

        Assert.Equal(["LIN-01", "REH-02", "SEK-02", "REH-01", "LIN-02", "SEK-01"], codes);
    }

    [Fact]
    public void Render_SampleMonth_FollowsEachIkuThroughTheUnitIndicatorsCascadedFromIt()
    {
        var facts = SampleFacts.October2026();

        var row = Assert.Single(RenderDocument(facts).Cells("tabel-iku"));

        Assert.Equal(
            ["IKU.01", "Persentase PPKS yang mandiri (%)", "21,1", "20,12 (100,60%)", "23",
                "REH-01 77,50% Perlu perhatian REH-02 79,74% Perlu perhatian"],
            row);
    }

    [Fact]
    public void Render_IkuWithIndicatorsFurtherDown_CountsThemByStatus()
    {
        var facts = SampleFacts.October2026();
        var below = facts.Indicators.Where(i => i.UnitCode == "LINJAMSOS").ToList();
        facts = facts with { Iku = [SampleFacts.Iku01() with { Below = below }] };

        var row = Assert.Single(RenderDocument(facts).Cells("tabel-iku"));

        Assert.EndsWith("dan 2 indikator di bawahnya: 1 tertinggal, 1 tidak dapat dihitung", row[5], StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EvaluationLoaded_RanksTheUnitsWithTheirPredikatChangeAndFindings()
    {
        var facts = SampleFacts.October2026() with { Evaluation = SampleEvaluation.Of2025() };

        var page = RenderDocument(facts);

        Assert.Equal(
            [
                ["1", "Sekretariat", "100,00", "AA (Sangat Memuaskan)", "—", "tidak ada"],
                ["2", "Bidang Rehabilitasi Sosial", "75,02", "BB (Sangat Baik)", "+25,02", "1 nilai evaluator tidak sesuai jawaban"],
            ],
            page.Cells("tabel-lke"));
        // REHSOS loses a quarter of each weight, most on 2.b: 12,5 - 9,38.
        Assert.Equal(["2.b", "Kualitas Pengukuran", "12,5", "10,94", "87,52%", "3,12"], page.Cells("tabel-lke-terlemah")[0]);
    }

    [Fact]
    public void Render_NoEvaluationLoaded_LeavesTheSectionOut()
    {
        var page = RenderDocument(SampleFacts.October2026());

        Assert.DoesNotContain("tabel-lke", page.Root.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SampleMonth_StatusesPairColourWithWords()
    {
        var facts = SampleFacts.October2026();

        var page = RenderDocument(facts);

        var badges = page.Badges();
        Assert.Equal(2 + 3 + 4 + 1 + 6, badges.Count); // IKU support, unit bands, reporting, one correction, indicator statuses
        Assert.All(badges, badge => Assert.False(string.IsNullOrWhiteSpace(PageDocument.Text(badge))));
    }

    [Fact]
    public void Render_SampleMonth_UnitRowsNameTheirSourceFile()
    {
        var facts = SampleFacts.October2026();

        var rows = RenderDocument(facts).Rows("tabel-unit");

        Assert.Equal("Sumber: capaian_sekre_2026-10.xlsx", (string?)rows[0].Attribute("title"));
        Assert.Equal("Belum ada file capaian Oktober 2026", (string?)rows[3].Attribute("title"));
    }

    [Fact]
    public void Render_SampleMonth_UnitFiguresExplainTheirFormulaInputsAndFiles()
    {
        var facts = SampleFacts.October2026();

        var rehsos = RenderDocument(facts).Rows("tabel-unit")[1];

        Assert.Equal(
            "Rata-rata capaian = jumlah capaian / jumlah indikator yang dapat dihitung = (77,50 + 79,74) / 2 = 78,62%; "
            + "capaian tanpa batas atas\nSumber: capaian_rehsos_2026-10.xlsx",
            PageDocument.Tooltip(PageDocument.Cell(rehsos, 4)));
        Assert.Equal(
            "Serapan = realisasi / pagu × 100 = Rp1.250.000.000 / Rp2.000.000.000 × 100 = 62,50%\nSumber LRA: LRA 2026-10.csv",
            PageDocument.Tooltip(PageDocument.Cell(rehsos, 5)));
    }

    [Fact]
    public void Render_SampleMonth_ListsEachEarlyWarningWithItsUnitAndIndicator()
    {
        var html = Render(SampleFacts.October2026());

        var rows = PageDocument.Parse(html).Cells(AttentionSection.WarningsId);

        Assert.Equal(
            [
                ["Bidang Perlindungan dan Jaminan Sosial", "LIN-01 Jumlah KPM yang menerima bantuan sosial", "54,00%", "tren linear"],
                ["Bidang Rehabilitasi Sosial", "Serapan anggaran", "74,50%", "tren linear"],
            ],
            rows);
    }

    [Fact]
    public void Render_SampleMonth_EachProjectionExplainsHowItWasReached()
    {
        var page = RenderDocument(SampleFacts.October2026());

        var projected = PageDocument.Cell(page.Rows(AttentionSection.WarningsId)[0], 2);

        Assert.Equal("Proyeksi realisasi akhir tahun 648 (tren linear dari realisasi s.d. bulan ini 540); capaian proyeksi "
            + "terhadap target tahunan 1.200 = 54,00%", PageDocument.Tooltip(projected));
    }

    [Fact]
    public void Render_SampleMonth_ListsEachFindingWithItsUnitAndWhereItIs()
    {
        var html = Render(SampleFacts.October2026());

        var rows = PageDocument.Parse(html).Cells(AttentionSection.FindingsId);

        Assert.Equal(["laporan belum diterima", SampleFacts.LateUnitName, "—", SampleFacts.LateUnitName
            + " belum mengirim laporan capaian bulan ini."], rows[0]);
        Assert.Equal("RFK Oktober 2026.xlsx, sheet RFK, baris 24, kolom Realisasi Fisik (%)", rows[1][2]);
    }

    [Fact]
    public void Render_FindingAboutTheOffice_NamesTheOfficeRatherThanItsCode()
    {
        var finding = SampleFacts.Findings()[1] with { UnitCode = "DINSOS-KS" };
        var facts = SampleFacts.October2026() with { Findings = [finding] };

        var rows = PageDocument.Parse(Render(facts)).Cells(AttentionSection.FindingsId);

        Assert.Equal("Dinas Sosial Provinsi Kalimantan Selatan", rows[0][1]);
    }

    [Fact]
    public void Render_IndicatorWithAPath_ShowsItsChartUnderPerkembanganIndikator()
    {
        var path = new IndicatorPath("REH-01", "REHSOS", [new PathPoint(2026, 9, 72m, 58m), new PathPoint(2026, 10, 80m, 62m)]);
        var facts = SampleFacts.October2026() with { Paths = [path] };

        var page = RenderDocument(facts);

        var section = page.Root.Descendants("section").Single(e => (string?)e.Attribute("class") == "paths");
        Assert.Equal("jalur-reh-01-rehsos", (string?)section.Descendants("figure").Single().Attribute("id"));
        Assert.StartsWith("REH-01 Persentase PPKS yang mendapat rehabilitasi sosial dasar (REHSOS).",
            PageDocument.Text(section.Descendants("figcaption").Single()), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoWarningsOrFindings_SaysSoInWords()
    {
        var facts = SampleFacts.October2026() with { Warnings = [], Findings = [] };

        var html = Render(facts);

        Assert.Contains("<p>Tidak ada peringatan dini bulan ini.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p>Tidak ada temuan kualitas data bulan ini.</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SampleMonth_MatchesTextSnapshot()
    {
        var facts = SampleFacts.October2026();

        var lines = RenderDocument(facts).VisibleLines();

        CommittedSnapshot.Match(lines, nameof(DashboardPageTests));
    }

    // Any src or href that leaves the page: a scheme, or a protocol-relative //host.
    [GeneratedRegex("(?:src|href)\\s*=\\s*[\"']?\\s*(?:[a-z][a-z0-9+.-]*:|//)(?!#)", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
