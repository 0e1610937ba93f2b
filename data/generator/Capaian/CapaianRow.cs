using SakipAnalytics.DataGenerator.Office;
using SakipAnalytics.DataGenerator.Targets;

namespace SakipAnalytics.DataGenerator.Capaian;

/// <summary>One indicator's line in a capaian report, with the capaian the unit itself wrote.</summary>
public sealed record CapaianRow(
    int No,
    Indikator Indikator,
    TargetValue TargetTahunan,
    TargetValue TargetSdBulanIni,
    TargetValue RealisasiBulanIni,
    TargetValue RealisasiSdBulanIni,
    decimal Capaian,
    KendalaPair? Kendala);
