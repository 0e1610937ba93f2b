using SakipAnalytics.DataGenerator.Office;
using SakipAnalytics.DataGenerator.Periods;
using SakipAnalytics.DataGenerator.Randomness;
using SakipAnalytics.DataGenerator.Targets;

namespace SakipAnalytics.DataGenerator.Capaian;

/// <summary>
/// Builds the capaian report a unit sends for a month, or the Dinas's yearly IKU report, with the
/// unit's own capaian column computed by the office's formula.
/// </summary>
public sealed class CapaianReportBuilder(PerjanjianKinerja pk, RealisasiSeries series)
{
    public CapaianReport Unit(UnitKerja unit, Periode periode)
    {
        ArgumentNullException.ThrowIfNull(unit);

        var random = new SeededRandom($"laporan|{unit.Kode}|{periode.Year}|{periode.TwoDigitMonth}");
        var rows = Kantor.IndicatorsOf(unit).Select((indikator, i) => UnitRow(i + 1, indikator, periode, random)).ToList();
        return new CapaianReport(unit, periode, rows, SignedOnDay(unit, random));
    }

    public CapaianReport Dinas(int year)
    {
        var unit = Kantor.Unit("DINSOS");
        var random = new SeededRandom($"laporan|DINSOS|{new Periode(year, 12).Year}");
        var rows = DinasIkuFigures.Kode.Select((kode, i) => DinasRow(i + 1, Kantor.Indikator(kode), year, random)).ToList();
        return new CapaianReport(unit, new Periode(year, 12), rows, random.Next(6, 10));
    }

    private CapaianRow UnitRow(int no, Indikator indikator, Periode periode, SeededRandom random)
    {
        var figure = series.Figure(indikator.Kode, periode);
        var capaian = CapaianFormula.Rounded(indikator.Polaritas, figure.TargetSdBulanIni, figure.SdBulanIni);
        return new CapaianRow(
            no,
            indikator,
            pk.TargetFor(indikator.Kode, periode.Tahun, periode.Bulan),
            TargetValue.Of(figure.TargetSdBulanIni),
            TargetValue.Of(figure.BulanIni),
            TargetValue.Of(figure.SdBulanIni),
            capaian,
            Kendala(Kantor.Unit(indikator.UnitKode), capaian, random));
    }

    private CapaianRow DinasRow(int no, Indikator indikator, int year, SeededRandom random)
    {
        var target = pk.TargetFor(indikator.Kode, year, 12);
        var realisasi = DinasIkuFigures.For(indikator.Kode, year);
        var capaian = indikator.IsPredikat
            ? CapaianFormula.Predikat(target.Predikat!, realisasi.Predikat!)
            : CapaianFormula.Rounded(indikator.Polaritas, target.Number, realisasi.Number);
        var kendala = Kendala(Kantor.Unit("DINSOS"), capaian, random);
        return new CapaianRow(no, indikator, target, target, realisasi, realisasi, capaian, kendala);
    }

    private static KendalaPair? Kendala(UnitKerja unit, decimal capaian, SeededRandom random)
    {
        var chance = capaian < 95m ? 0.8 : capaian < 100m ? 0.5 : 0.12;
        return random.Chance(chance) ? random.Pick(KendalaPool.For(unit)) : null;
    }

    // Reports are due on day 10; the Bina Laras home is now and then late.
    private static int SignedOnDay(UnitKerja unit, SeededRandom random) =>
        unit.Kode == "PSBL" && random.Chance(0.3) ? random.Next(11, 15) : random.Next(3, 9);
}
