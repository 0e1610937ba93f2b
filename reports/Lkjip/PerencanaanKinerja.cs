using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Reports.Word;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>Bab II: the Renstra targets of each IKU; the year's Perjanjian Kinerja and the PK version used.</summary>
internal static class PerencanaanKinerja
{
    private const string Chapter = "2";

    public static void Append(LkjipDraft draft)
    {
        draft.Append(Heading.Chapter("BAB II PERENCANAAN KINERJA"));
        Renstra(draft);
        PerjanjianKinerja(draft);
    }

    private static void Renstra(LkjipDraft draft)
    {
        draft.Append(Heading.Section("A. Rencana Strategis"));
        draft.AppendPlaceholder(
            "visi, misi, tujuan, dan sasaran strategis dalam Renstra beserta keterkaitannya dengan RPJMD");
        if (draft.Facts.Series.Count == 0)
        {
            draft.AppendPlain("Data kondisi awal dan target akhir Renstra belum tersedia.");
            return;
        }

        draft.AppendPlain("Kondisi awal dan target akhir periode Renstra setiap indikator kinerja utama disajikan pada "
            + $"Tabel {draft.NextTableNumber(Chapter)}.");
        draft.AppendTable(Chapter, "Kondisi Awal dan Target Akhir Renstra", RenstraTable(draft.Facts.Series));
    }

    private static WordTable RenstraTable(IReadOnlyList<IndicatorSeries> series)
    {
        var table = new WordTable(
        [
            TableColumn.Center("No", 0.7m),
            TableColumn.Left("Indikator Kinerja Utama", 6.5m),
            TableColumn.Center("Satuan", 1.8m),
            TableColumn.Center("Kondisi Awal", 2.5m),
            TableColumn.Center("Target Akhir Renstra", 2.5m),
        ]);

        foreach (var (item, index) in series.Select((s, i) => (s, i + 1)))
            table.AddRow($"{index}", item.Name, item.Satuan, Baseline(item), ValueText.Of(item.EndTarget));
        return table;
    }

    private static string Baseline(IndicatorSeries series) =>
        $"{ValueText.Of(series.Baseline)} ({series.BaselineYear})";

    private static void PerjanjianKinerja(LkjipDraft draft)
    {
        var indicators = draft.Facts.Sasaran.SelectMany(s => s.Indicators).ToList();

        draft.Append(Heading.Section("B. Perjanjian Kinerja"));
        draft.AppendPlain($"Perjanjian Kinerja Tahun {draft.Year} memuat {draft.Facts.Sasaran.Count} sasaran "
            + $"strategis dengan {indicators.Count} indikator kinerja utama sebagaimana "
            + $"Tabel {draft.NextTableNumber(Chapter)}. {Versions(indicators)}");
        draft.AppendTable(Chapter, $"Perjanjian Kinerja Tahun {draft.Year}", PkTable(draft.Facts.Sasaran));
    }

    private static string Versions(List<IndicatorResult> indicators)
    {
        var versions = indicators.GroupBy(i => i.TargetVersion).ToList();
        if (versions.Count <= 1)
            return $"Seluruh target yang digunakan berasal dari PK {versions.FirstOrDefault()?.Key ?? "Murni"}.";

        var parts = versions.Select(v => $"PK {v.Key} untuk {IndonesianList.Join([.. v.Select(i => i.Code)])}");
        return $"Target yang digunakan berasal dari {IndonesianList.Join([.. parts])}.";
    }

    private static WordTable PkTable(IReadOnlyList<SasaranResult> sasaran)
    {
        var table = new WordTable(
        [
            TableColumn.Center("No", 0.7m),
            TableColumn.Left("Sasaran Strategis", 3.6m),
            TableColumn.Left("Indikator Kinerja Utama", 4.6m),
            TableColumn.Center("Satuan", 1.6m),
            TableColumn.Center("Target", 1.4m),
            TableColumn.Center("Versi PK", 2.1m),
        ]);

        var number = 0;
        foreach (var item in sasaran)
            foreach (var (indicator, index) in item.Indicators.Select((i, n) => (i, n)))
                table.AddRow(PkRow(++number, item, indicator, index == 0));
        return table;
    }

    private static TableCellText[] PkRow(int number, SasaranResult sasaran, IndicatorResult indicator, bool first) =>
    [
        new($"{number}"),
        new(sasaran.Name) { Merge = first ? CellMerge.Start : CellMerge.Continue },
        new(indicator.Name),
        new(indicator.Satuan),
        new(ValueText.Of(indicator.AnnualTarget)),
        new(indicator.TargetVersion),
    ];
}
