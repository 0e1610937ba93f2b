using System.Globalization;
using SakipAnalytics.DataGenerator.Office;
using SakipAnalytics.DataGenerator.Periods;
using SakipAnalytics.DataGenerator.Spreadsheet;
using SakipAnalytics.DataGenerator.Targets;

namespace SakipAnalytics.DataGenerator.Referensi;

/// <summary>The sheets of the reference workbook, each a header row then one row per item.</summary>
public static class ReferensiSheets
{
    public static Sheet UnitKerja()
    {
        var sheet = WithHeader("Unit Kerja", "Kode Unit", "Nama Unit Kerja", "Jenis", "Induk");
        foreach (var unit in Kantor.Units)
            sheet.AddRow(Cell.Text(unit.Kode), Cell.Text(unit.Nama), Cell.Text(unit.Jenis), Optional(unit.Induk));

        return sheet;
    }

    public static Sheet Indikator()
    {
        var sheet = WithHeader(
            "Indikator", "Kode Indikator", "Indikator Kinerja", "Satuan", "Polaritas", "Agregasi Bulanan", "Jenis",
            "Unit Penanggung Jawab", "Kode Sasaran", "Sasaran Strategis", "Indikator Induk");
        foreach (var i in Kantor.Indicators)
        {
            sheet.AddRow(
                Cell.Text(i.Kode), Cell.Text(i.Nama), Cell.Text(i.Satuan), Cell.Text(AgregasiText.Of(i.Polaritas)),
                Cell.Text(AgregasiText.Of(i.Agregasi)), Cell.Text(i.Jenis), Cell.Text(i.UnitKode), Cell.Text(i.Sasaran.Kode),
                Cell.Text(i.Sasaran.Uraian), Optional(i.Induk));
        }

        return sheet;
    }

    public static Sheet TargetRenstra()
    {
        var years = Enumerable.Range(RenstraPlan.FirstYear, RenstraPlan.LastYear - RenstraPlan.FirstYear + 1).ToList();
        var sheet = WithHeader(
            "Target Renstra",
            ["Kode Indikator", "Kondisi Awal 2020", .. years.Select(y => "Target " + Year(y)), "Kondisi Akhir 2026"]);
        foreach (var i in Kantor.Indicators)
        {
            sheet.AddRow(
                [Cell.Text(i.Kode), RenstraPlan.Baseline(i.Kode).ToCell(), .. years.Select(y => RenstraPlan.Target(i.Kode, y).ToCell()),
                RenstraPlan.KondisiAkhir(i.Kode).ToCell()]);
        }

        return sheet;
    }

    public static Sheet PerjanjianKinerja(PerjanjianKinerja pk)
    {
        ArgumentNullException.ThrowIfNull(pk);

        var sheet = WithHeader(
            "Perjanjian Kinerja", "Tahun", "Kode Indikator", "Target PK", "Jenis PK", "Tanggal Berlaku", "Pagu Indikatif (Rp)");
        foreach (var row in pk.Rows)
        {
            sheet.AddRow(
                Cell.Number(row.Tahun), Cell.Text(row.KodeIndikator), row.Target.ToCell(), Cell.Text(row.Jenis),
                Cell.Text(row.TanggalBerlaku.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                row.PaguIndikatif is { } pagu ? Cell.Number(pagu, CellStyle.Rupiah) : null);
        }

        return sheet;
    }

    public static Sheet RencanaAksi(RencanaAksi rencanaAksi)
    {
        ArgumentNullException.ThrowIfNull(rencanaAksi);

        var months = Enumerable.Range(1, 12).ToList();
        var sheet = WithHeader("Rencana Aksi", ["Tahun", "Kode Indikator", .. months.Select(m => "Target " + NamaBulan.Of(m))]);
        foreach (var year in Targets.RencanaAksi.Years)
        {
            foreach (var i in Kantor.Indicators.Where(Targets.RencanaAksi.Covers))
                sheet.AddRow([Cell.Number(year), Cell.Text(i.Kode), .. months.Select(m => Cell.Number(rencanaAksi.ToDate(i, year, m)))]);
        }

        return sheet;
    }

    public static Sheet Pembanding()
    {
        var sheet = WithHeader("Pembanding", "Kode Indikator", "Tahun", "Jenis Pembanding", "Nama Pembanding", "Nilai", "Sumber");
        foreach (var row in Targets.Pembanding.Rows)
        {
            sheet.AddRow(
                Cell.Text(row.KodeIndikator), Cell.Number(row.Tahun), Cell.Text(row.Jenis), Cell.Text(row.Nama),
                Cell.Number(row.Nilai), Cell.Text(row.Sumber));
        }

        return sheet;
    }

    public static Sheet SubKegiatan()
    {
        var sheet = WithHeader("Sub Kegiatan", "Kode Sub Kegiatan", "Nama Sub Kegiatan", "Unit Kerja", "Kode Indikator Didukung");
        foreach (var sub in Kantor.SubKegiatan)
            sheet.AddRow(Cell.Text(sub.Kode), Cell.Text(sub.Nama), Cell.Text(sub.UnitKode), Cell.Text(sub.IndikatorKode));

        return sheet;
    }

    private static Sheet WithHeader(string name, params string[] header)
    {
        var sheet = new Sheet(name);
        sheet.AddRow([.. header.Select(h => Cell.Text(h, CellStyle.Bold))]);
        return sheet;
    }

    private static Cell? Optional(string? text) => text is null ? null : Cell.Text(text);

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
