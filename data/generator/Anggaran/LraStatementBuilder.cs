using SakipAnalytics.DataGenerator.Periods;

namespace SakipAnalytics.DataGenerator.Anggaran;

/// <summary>
/// Builds a month's LRA from the ledger: accounts under their sub kegiatan, parents summed from
/// the rows shown beneath them, so a misstated kegiatan carries up into its program and the total.
/// </summary>
public sealed class LraStatementBuilder(BudgetLedger ledger)
{
    public LraStatement Build(Periode periode, Misstatement? misstatement = null)
    {
        var lines = new List<LraLine>();
        var programs = new List<LraLine>();
        foreach (var program in Dpa.Programs)
        {
            var blocks = program.Kegiatan.Select(k => Kegiatan(k, periode, misstatement)).ToList();
            var programLine = LraLine.Sum(program.Kode, program.Uraian, [.. blocks.Select(b => b[0])]);
            programs.Add(programLine);
            lines.Add(programLine);
            lines.AddRange(blocks.SelectMany(b => b));
        }

        return new LraStatement(periode, lines, LraLine.Sum(string.Empty, "JUMLAH BELANJA", programs));
    }

    /// <summary>The kegiatan row first, then its sub kegiatan blocks.</summary>
    private List<LraLine> Kegiatan(KegiatanAnggaran kegiatan, Periode periode, Misstatement? misstatement)
    {
        var blocks = kegiatan.SubKegiatan.Select(s => SubKegiatan(s, periode)).ToList();
        var line = LraLine.Sum(kegiatan.Kode, kegiatan.Uraian, [.. blocks.Select(b => b[0])]);
        if (misstatement?.Kode == kegiatan.Kode)
            line = line with { BulanIni = line.BulanIni + misstatement.Amount };

        return [line, .. blocks.SelectMany(b => b)];
    }

    private List<LraLine> SubKegiatan(SubKegiatanAnggaran sub, Periode periode)
    {
        var accounts = sub.Akun.Select(a => Account(sub, a.Akun, periode)).ToList();
        return [LraLine.Sum(sub.Kode, sub.SubKegiatan.Nama, accounts), .. accounts];
    }

    private LraLine Account(SubKegiatanAnggaran sub, Akun akun, Periode periode)
    {
        var pagu = ledger.Pagu.Akun(periode.Tahun, sub.Kode, akun.Kode);
        var before = ledger.Akun(periode.Tahun, periode.Bulan - 1, sub.Kode, akun.Kode);
        var toDate = ledger.Akun(periode.Tahun, periode.Bulan, sub.Kode, akun.Kode);
        return new LraLine(akun.Kode, akun.Uraian, pagu, before, toDate - before);
    }
}
