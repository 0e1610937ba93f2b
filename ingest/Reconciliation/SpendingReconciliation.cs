using SakipAnalytics.Ingest.Loading;
using SakipAnalytics.Model.Formatting;
using SakipAnalytics.Model.Store;

namespace SakipAnalytics.Ingest.Reconciliation;

/// <summary>
/// e-Monev spending per sub kegiatan should equal the LRA's for the same month. Whichever of
/// the two arrives second gets a warning for each sub kegiatan that differs, naming both figures.
/// </summary>
internal static class SpendingReconciliation
{
    private static readonly string EmonevAgainstLraSql = Load("EmonevAgainstLra");
    private static readonly string LraAgainstEmonevSql = Load("LraAgainstEmonev");

    public static void EmonevAgainstLra(LoadContext context) =>
        Report(context, EmonevAgainstLraSql, "Realisasi keuangan e-Monev berbeda dengan LRA", "Realisasi Keuangan (Rp)");

    public static void LraAgainstEmonev(LoadContext context) =>
        Report(context, LraAgainstEmonevSql, "Realisasi sub kegiatan berbeda dengan e-Monev", "Realisasi s.d. Bulan Ini");

    private static void Report(LoadContext context, string sql, string message, string column)
    {
        var differences = context.Store.Rows(sql, r => (
            Sheet: r.IsDBNull(0) ? null : r.GetString(0), Row: r.GetInt32(1), Code: r.GetString(2),
            Own: r.GetDecimal(3), Other: r.GetDecimal(4), OtherFile: r.GetString(5), OtherRow: r.GetInt32(6)),
            ("file_id", context.FileId));
        foreach (var d in differences)
        {
            context.Findings.Warning(
                $"{message} (sub kegiatan {d.Code}, selisih {IndonesianFormat.Number(d.Own - d.Other)})",
                d.Sheet,
                d.Row,
                column,
                IndonesianFormat.Number(d.Own),
                $"{IndonesianFormat.Number(d.Other)} seperti di {d.OtherFile} baris {d.OtherRow}");
        }
    }

    private static string Load(string name) =>
        SqlScript.Load(typeof(SpendingReconciliation).Assembly, $"Reconciliation/Sql/{name}.sql");
}
