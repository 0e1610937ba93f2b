using SakipAnalytics.Ingest.Findings;
using SakipAnalytics.Model.Formatting;
using SakipAnalytics.Ingest.Layout;
using SakipAnalytics.Ingest.Parsing;
using SakipAnalytics.Ingest.Sheets;
using L = SakipAnalytics.Ingest.Lra.LraLayout;

namespace SakipAnalytics.Ingest.Lra;

/// <summary>Parses LRA lines and checks each on its own: last month + this month = to date, spending within pagu.</summary>
internal sealed class LraLineReader(LocatedSheet sheet, FindingList findings)
{
    private readonly LraTree _tree = new();
    private int _lineNo;

    public LraLine? Read(SheetRow row, string kode)
    {
        var level = LraLevel.Of(kode);
        if (level is null)
        {
            findings.Error("Kode rekening tidak dikenali", sheet.SheetName, row.Number, L.Kode.Name, kode, LraLevel.Expected);
            return null;
        }

        var line = new LraLine(
            row.Number, ++_lineNo, kode, level, _tree.Enter(level, kode), sheet.Text(row, L.Uraian) ?? "",
            Money(row, L.Anggaran) ?? 0m, Money(row, L.LastMonth), Money(row, L.ThisMonth), Money(row, L.ToDate) ?? 0m);
        CheckRunningSum(line);
        CheckWithinPagu(line);
        return line;
    }

    public decimal? Money(SheetRow row, Column column)
    {
        var number = IndonesianNumber.Read(sheet.Cell(row, column));
        if (!number.IsValid)
        {
            findings.Error(
                "Isi sel bukan angka rupiah", sheet.SheetName, row.Number, column.Name, sheet.Text(row, column),
                "angka, misalnya 1.234.567,89");
        }

        return number.Value;
    }

    private void CheckRunningSum(LraLine line)
    {
        if (line.RealisasiLalu is not { } lalu || line.RealisasiBulan is not { } bulan || lalu + bulan == line.RealisasiToDate)
            return;

        findings.Warning(
            $"Realisasi s.d. bulan lalu + bulan ini tidak sama dengan realisasi s.d. bulan ini ({line.Kode})",
            sheet.SheetName,
            line.Row,
            L.ToDate.Name,
            IndonesianFormat.Number(line.RealisasiToDate),
            IndonesianFormat.Number(lalu + bulan));
    }

    private void CheckWithinPagu(LraLine line)
    {
        if (line.RealisasiToDate <= line.Anggaran)
            return;

        findings.Warning(
            $"Realisasi melebihi pagu anggaran ({line.Kode})",
            sheet.SheetName,
            line.Row,
            L.ToDate.Name,
            IndonesianFormat.Number(line.RealisasiToDate),
            "paling banyak " + IndonesianFormat.Number(line.Anggaran));
    }
}
