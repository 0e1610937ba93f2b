using SakipAnalytics.DataGenerator.Numbers;
using SakipAnalytics.DataGenerator.Periods;
using SakipAnalytics.DataGenerator.Plants;

namespace SakipAnalytics.DataGenerator.Anggaran;

/// <summary>
/// Plant (b): one kegiatan row of the last LRA shows a little more spent this month than its sub
/// kegiatan add up to; its program and the total are summed from the rows as shown.
/// </summary>
public static class LraParentPlant
{
    public static Misstatement? For(Periode periode) =>
        Planted.LraParent.Periode == periode ? new Misstatement(Planted.LraParent.Kegiatan, Planted.LraParent.Amount) : null;

    public static void Record(LraStatement statement, string fileName, PlantLog log)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(log);

        if (For(statement.Periode) is not { } misstatement)
            return;

        var index = statement.Lines.ToList().FindIndex(l => l.Kode == misstatement.Kode);
        var children = statement.Lines.Where(l => IsChild(l.Kode, misstatement.Kode)).ToList();
        log.Add(Note(statement.Lines[index], children, misstatement, fileName, LraLayout.FirstDataRow + index));
    }

    private static PlantedNote Note(LraLine shown, List<LraLine> children, Misstatement misstatement, string fileName, int row) => new(
        'b',
        "LRA kegiatan row that does not equal the sum of its sub kegiatan",
        "anggaran/" + fileName,
        string.Empty,
        row,
        "F (Realisasi s.d. Bulan Ini); also E (Realisasi Bulan Ini), G (Sisa Anggaran) and %",
        $"Kegiatan {misstatement.Kode} shows Realisasi s.d. Bulan Ini {AngkaIndonesia.Text(shown.SdBulanIni, 2)} " +
        $"(Bulan Ini {AngkaIndonesia.Text(shown.BulanIni, 2)}); its sub kegiatan sum to " +
        $"{AngkaIndonesia.Text(children.Sum(c => c.SdBulanIni), 2)} (Bulan Ini {AngkaIndonesia.Text(children.Sum(c => c.BulanIni), 2)}), " +
        $"a difference of {AngkaIndonesia.Text(misstatement.Amount, 2)}. The row's own s.d. bulan lalu + bulan ini still equals " +
        "its s.d. bulan ini, and the program row above it and JUMLAH BELANJA are summed from the rows as shown: each parent equals " +
        "its direct children, but the program and the total exceed the sum of all sub kegiatan (and the e-Monev JUMLAH) " +
        "by the same amount.");

    private static bool IsChild(string kode, string kegiatan) =>
        kode.StartsWith(kegiatan + ".", StringComparison.Ordinal) && kode.Length == kegiatan.Length + 5;
}
