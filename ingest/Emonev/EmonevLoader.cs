using DuckDB.NET.Data;
using SakipAnalytics.Ingest.Detection;
using SakipAnalytics.Ingest.Layout;
using SakipAnalytics.Ingest.Loading;
using SakipAnalytics.Ingest.Parsing;
using SakipAnalytics.Ingest.Reconciliation;
using SakipAnalytics.Ingest.Sheets;
using SakipAnalytics.Model.Formatting;
using L = SakipAnalytics.Ingest.Emonev.EmonevLayout;

namespace SakipAnalytics.Ingest.Emonev;

/// <summary>Loads the office's monthly e-Monev RFK: physical and financial progress per sub kegiatan.</summary>
public sealed class EmonevLoader : IKindLoader
{
    public FileKind Kind => FileKind.Emonev;

    public IReadOnlyList<string> FactTables { get; } = ["emonev_line"];

    public LoadedContent Load(LoadContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        return OfficeMonthFile.Load(
            context, L.Layout, (sheet, period) => AppendLines(context, sheet, period), SpendingReconciliation.EmonevAgainstLra);
    }

    private static int AppendLines(LoadContext context, LocatedSheet sheet, (int Year, int Month) period)
    {
        using var appender = context.Store.Connection.CreateAppender("emonev_line");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in sheet.DataRows)
        {
            var kode = sheet.Text(row, L.Kode);
            if (kode is null && RowShape.IsTotal(sheet.Text(row, L.Name)))
                return Finish(context, sheet, row.Number, seen.Count);

            if (kode is not null && RowShape.Fits(sheet, row, context.Findings) && Unique(context, sheet, row, kode, seen))
                Append(appender, context, sheet, row, kode, period);
        }

        context.Findings.Error(
            "Baris JUMLAH tidak ditemukan di bawah data; berkas tampaknya terpotong", sheet.SheetName, null,
            expected: "baris 'JUMLAH' sesudah sub kegiatan terakhir");
        return seen.Count;
    }

    private static bool Unique(LoadContext context, LocatedSheet sheet, SheetRow row, string kode, HashSet<string> seen)
    {
        if (seen.Add(kode))
            return true;

        context.Findings.Error(
            "Sub kegiatan muncul lebih dari sekali dalam satu berkas", sheet.SheetName, row.Number, L.Kode.Name, kode,
            "satu baris per sub kegiatan");
        return false;
    }

    private static int Finish(LoadContext context, LocatedSheet sheet, int totalRow, int count)
    {
        if (count == 0)
            context.Findings.Error("Tidak ada baris sub kegiatan di atas baris JUMLAH", sheet.SheetName, totalRow);
        return count;
    }

    private static void Append(
        DuckDBAppender appender, LoadContext context, LocatedSheet sheet, SheetRow row, string kode, (int Year, int Month) period)
    {
        var number = new CellNumbers(sheet, row, context.Findings);
        var pagu = number.Of(L.Pagu) ?? 0m;
        var spent = number.Of(L.RealisasiKeuangan) ?? 0m;
        if (!context.Reference.KnowsSubKegiatan(kode))
        {
            context.Findings.Warning(
                "Sub kegiatan tidak ada di sheet Sub Kegiatan referensi, sehingga tidak terhubung ke indikator mana pun",
                sheet.SheetName, row.Number, L.Kode.Name, kode, "kode dari sheet Sub Kegiatan referensi");
        }

        if (spent > pagu)
        {
            context.Findings.Warning(
                $"Realisasi keuangan melebihi pagu anggaran ({kode})", sheet.SheetName, row.Number, L.RealisasiKeuangan.Name,
                IndonesianFormat.Number(spent), "paling banyak " + IndonesianFormat.Number(pagu));
        }

        appender.CreateRow()
            .AppendValue(context.FileId).AppendValue(period.Year).AppendValue(period.Month)
            .AppendValue(kode).AppendValue(sheet.Text(row, L.Name) ?? "")
            .AppendValue(pagu).AppendValue(number.Of(L.TargetFisik)).AppendValue(number.Of(L.RealisasiFisik))
            .AppendValue(number.Of(L.Rak)).AppendValue(spent)
            .AppendValue(sheet.Text(row, L.Permasalahan)).AppendValue(sheet.Text(row, L.Solusi))
            .AppendValue(sheet.SheetName).AppendValue(row.Number)
            .EndRow();
    }
}
