using System.Globalization;
using SakipAnalytics.DataGenerator.Anggaran;
using SakipAnalytics.DataGenerator.Numbers;
using SakipAnalytics.DataGenerator.Office;
using SakipAnalytics.DataGenerator.Periods;
using SakipAnalytics.DataGenerator.Randomness;
using SakipAnalytics.DataGenerator.Targets;

namespace SakipAnalytics.DataGenerator.Capaian;

/// <summary>
/// Every unit indicator's monthly realisasi for the simulated years, following its aggregation:
/// cumulative indicators sum monthly flows, stocks report the latest value, means average the
/// months. The budget-absorption indicator is read from the ledger. Figures whose capaian would
/// sit exactly half way at two decimals are nudged by one step so that any rounding agrees.
/// </summary>
public sealed class RealisasiSeries
{
    private const string AbsorptionIndicator = "SEK.02";

    private readonly RencanaAksi _rencanaAksi;
    private readonly BudgetLedger _ledger;
    private readonly Dictionary<(string Kode, int Year), CapaianFigure[]> _series = [];

    public RealisasiSeries(RencanaAksi rencanaAksi, BudgetLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(rencanaAksi);
        ArgumentNullException.ThrowIfNull(ledger);

        _rencanaAksi = rencanaAksi;
        _ledger = ledger;
        foreach (var indikator in Kantor.Indicators.Where(i => !i.IsPredikat && i.UnitKode != "DINSOS"))
        {
            foreach (var year in CoveredPeriods.SimulatedYears)
                _series[(indikator.Kode, year)] = Build(indikator, year);
        }
    }

    public CapaianFigure Figure(string kode, Periode periode) => _series[(kode, periode.Tahun)][periode.Bulan - 1];

    private CapaianFigure[] Build(Indikator indikator, int year)
    {
        var random = new SeededRandom($"realisasi|{indikator.Kode}|{year.ToString(CultureInfo.InvariantCulture)}");
        var profile = indikator.Kode == AbsorptionIndicator ? null : PerformanceProfile.For(indikator.Kode, year);
        var figures = new CapaianFigure[12];
        for (var m = 1; m <= 12; m++)
        {
            var target = _rencanaAksi.ToDate(indikator, year, m);
            var earlier = figures.Take(m - 1).ToList();
            figures[m - 1] = profile is null
                ? Absorption(target, year, m)
                : Next(indikator, target, profile.At(m) + random.Noise(profile.Noise), earlier);
        }

        return figures;
    }

    private CapaianFigure Absorption(decimal target, int year, int month)
    {
        var absorbed = _ledger.Absorption(year, month);
        return new CapaianFigure(target, absorbed, absorbed);
    }

    private static CapaianFigure Next(Indikator indikator, decimal target, decimal ratio, List<CapaianFigure> earlier) =>
        indikator.Agregasi switch
        {
            Agregasi.Kumulatif => Cumulative(indikator, target, ratio, earlier.Count == 0 ? 0 : earlier[^1].SdBulanIni),
            Agregasi.RataRata => Mean(indikator, target, ratio, earlier.Sum(f => f.BulanIni), earlier.Count + 1),
            _ => Stock(indikator, target, ratio),
        };

    private static CapaianFigure Cumulative(Indikator indikator, decimal target, decimal ratio, decimal before)
    {
        var toDate = Math.Max(before, Rounding.HalfUp(target * ratio, 0));
        while (IsTie(indikator, target, toDate))
            toDate++;

        return new CapaianFigure(target, toDate - before, toDate);
    }

    private static CapaianFigure Stock(Indikator indikator, decimal target, decimal ratio)
    {
        var value = Value(indikator, target, ratio);
        while (IsTie(indikator, target, value))
            value = Nudge(indikator, value);

        return new CapaianFigure(target, value, value);
    }

    private static CapaianFigure Mean(Indikator indikator, decimal target, decimal ratio, decimal sumBefore, int month)
    {
        var value = Value(indikator, target, ratio);
        while (Rounding.IsTie((sumBefore + value) / month, 2) || IsTie(indikator, target, MeanOf(sumBefore, value, month)))
            value = Nudge(indikator, value);

        return new CapaianFigure(target, value, MeanOf(sumBefore, value, month));
    }

    private static decimal MeanOf(decimal sumBefore, decimal value, int month) => Rounding.HalfUp((sumBefore + value) / month, 2);

    private static decimal Value(Indikator indikator, decimal target, decimal ratio)
    {
        var raw = indikator.Polaritas == Polaritas.Positif ? target * ratio : target * (2 - ratio);
        if (indikator.IsCount)
            return Rounding.HalfUp(raw, 0);

        return Math.Min(100m, Rounding.HalfUp(raw, 2));
    }

    private static decimal Nudge(Indikator indikator, decimal value)
    {
        var step = indikator.IsCount ? 1m : 0.01m;
        return indikator.IsPercent && value + step > 100m ? value - step : value + step;
    }

    private static bool IsTie(Indikator indikator, decimal target, decimal realisasi) =>
        Rounding.IsTie(CapaianFormula.Exact(indikator.Polaritas, target, realisasi), 2);
}
