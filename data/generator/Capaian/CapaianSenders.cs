using SakipAnalytics.DataGenerator.Periods;
using SakipAnalytics.DataGenerator.Spreadsheet;

namespace SakipAnalytics.DataGenerator.Capaian;

/// <summary>Each unit's habits when it sends its capaian; file names differ and are not to be relied on.</summary>
public static class CapaianSenders
{
    private static readonly HashSet<Periode> None = [];

    // The disaster unit pasted figures from its WhatsApp recap these months, so they are text.
    private static readonly HashSet<Periode> PbTextMonths = [new(2025, 7), new(2025, 8), new(2026, 3), new(2026, 4), new(2026, 9)];

    private static readonly CapaianSender[] All =
    [
        new("DINSOS", SenderFormat.Xlsx, StringStorage.Shared, p => $"Capaian IKU Dinas Sosial Tahun {p.Year}.xlsx", None),
        new("SEKRE", SenderFormat.Xlsx, StringStorage.Shared, p => $"Capaian Sekretariat {p.NamaBulan} {p.Year}.xlsx", None),
        new("REHSOS", SenderFormat.Xlsx, StringStorage.Inline, p => $"Capaian Bidang Rehsos {p.Year}-{p.TwoDigitMonth}.xlsx", None),
        new("LINJAMSOS", SenderFormat.Xlsx, StringStorage.Shared, p => $"Capaian Linjamsos {p.NamaBulan} {p.Year}.xlsx", None),
        new("PB", SenderFormat.Xlsx, StringStorage.Inline, p => $"PB capaian {p.TwoDigitMonth} {p.Year}.xlsx", PbTextMonths),
        new("DAYASOS", SenderFormat.SemicolonCsv, StringStorage.Inline, p => $"dayasos_capaian_{p.Year}_{p.TwoDigitMonth}.csv", None),
        new("PSTW", SenderFormat.Xlsx, StringStorage.Shared, p => $"Capaian PK UPTD PSTW {p.NamaBulan} {p.Year}.xlsx", None),
        new("PSBL", SenderFormat.Xlsx, StringStorage.Inline, p => $"capaian_psbl_{p.Year}-{p.TwoDigitMonth}.xlsx", None),
        new("PSAA", SenderFormat.Xlsx, StringStorage.Shared, p => $"Lap Capaian Bulanan PSAA Budi Mulia {p.TwoDigitMonth}-{p.Year}.xlsx",
            None),
        new("PRSPD", SenderFormat.Xlsx, StringStorage.Inline, p => $"CAPAIAN PRSPD FAJAR HARAPAN {Upper(p)} {p.Year}.xlsx", None),
        new("PSBR", SenderFormat.CommaCsv, StringStorage.Inline, p => $"capaian-psbr-{p.Year}{p.TwoDigitMonth}.csv", None),
    ];

    public static CapaianSender For(string unitKode) => All.Single(s => s.UnitKode == unitKode);

    private static string Upper(Periode periode) => periode.NamaBulan.ToUpperInvariant();
}
