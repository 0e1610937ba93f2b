using System.Globalization;
using SakipAnalytics.DataGenerator.Anggaran;
using SakipAnalytics.DataGenerator.Periods;
using SakipAnalytics.DataGenerator.Randomness;

namespace SakipAnalytics.DataGenerator.Emonev;

/// <summary>
/// Builds the RFK: one row per sub kegiatan, its financial realisation taken from the same ledger
/// as the LRA, its physical progress and cash plan alongside.
/// </summary>
public sealed class RfkReportBuilder(BudgetLedger ledger, PhysicalProgress physical)
{
    public RfkReport Build(Periode periode)
    {
        var random = new SeededRandom($"rfk|{periode.Year}|{periode.Bulan.ToString(CultureInfo.InvariantCulture)}");
        var rows = Dpa.AllSubKegiatan.Select((sub, i) => Row(i + 1, sub, periode, random)).ToList();
        return new RfkReport(periode, rows);
    }

    /// <summary>What the ledger says this sub kegiatan spent in the month alone.</summary>
    public decimal SpentInMonth(SubKegiatanAnggaran sub, Periode periode) =>
        ledger.SubKegiatan(periode.Tahun, periode.Bulan, sub) - ledger.SubKegiatan(periode.Tahun, periode.Bulan - 1, sub);

    private RfkRow Row(int no, SubKegiatanAnggaran sub, Periode periode, SeededRandom random)
    {
        var pagu = ledger.Pagu.SubKegiatan(periode.Tahun, sub.Kode);
        var target = physical.Target(sub.Kode, periode);
        var achieved = physical.Achieved(sub.Kode, periode);
        var problem = achieved - target < -3m && random.Chance(0.75) ? random.Pick(Permasalahan.Pool) : null;
        return new RfkRow(
            no,
            sub,
            pagu,
            target,
            achieved,
            CashPlan.ToDate(sub, pagu, periode.Bulan),
            ledger.SubKegiatan(periode.Tahun, periode.Bulan, sub),
            problem);
    }
}
