using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Capaian;
using SakipAnalytics.Model.Evaluation;

namespace SakipAnalytics.Cli.Settings;

/// <summary>
/// The settings every command runs with: <c>sakip.json</c> in the working folder, then
/// <c>SAKIP_</c> environment variables (<c>SAKIP_Cap=100</c>), then command-line options.
/// </summary>
public sealed record SakipSettings
{
    /// <summary>Where the input files are read from.</summary>
    public string DataFolder { get; init; } = "data";

    /// <summary>Where the database, reports and dashboards are written.</summary>
    public string OutputFolder { get; init; } = "out";

    /// <summary>The displayed-capaian ceiling: none, 100 or 120.</summary>
    public string Cap { get; init; } = "none";

    /// <summary>Lower bounds of the bands Sangat Tinggi, Tinggi, Sedang, Rendah (Permendagri 86/2017 by default).</summary>
    public decimal[] Bands { get; init; } = [91m, 76m, 66m, 51m];

    /// <summary>The efficiency reading shown first: sisa_anggaran, selisih, rasio or biaya_per_output.</summary>
    public string Efficiency { get; init; } = "selisih";

    /// <summary>Flag an indicator whose projected year-end capaian falls below this.</summary>
    public decimal WarningCapaian { get; init; } = 91m;

    /// <summary>Flag a unit whose projected year-end budget absorption (%) falls below this.</summary>
    public decimal WarningAbsorption { get; init; } = 90m;

    /// <summary>The day of the next month by which a unit's monthly capaian report is due.</summary>
    public int DeadlineDay { get; init; } = 10;

    /// <summary>
    /// The LKE rubric: <c>otomatis</c> (each worksheet by its answers and weights, the guideline's
    /// 12/2015 scheme by default), <c>12/2015</c>, <c>88/2021</c>, or the path of a rubric file.
    /// </summary>
    public string LkeRubric { get; init; } = RubricCatalog.Automatic;

    /// <summary>The operator log's level on stderr (SAKIP_LOGLEVEL); read by the program at start.</summary>
    public string LogLevel { get; init; } = "Error";

    public ScheduleSettings Schedule { get; init; } = new();

    public string DatabasePath => Path.Combine(OutputFolder, "sakip.duckdb");

    /// <summary>The rubric every worksheet is scored under, or null when each chooses its own.</summary>
    public Rubric? Rubric() => RubricCatalog.FromSetting(LkeRubric);

    public AnalysisSettings Analysis() =>
        new(CapSetting.Parse(Cap), new BandScale(Bands[0], Bands[1], Bands[2], Bands[3]))
        {
            Efficiency = EfficiencyReadings.Parse(Efficiency) ?? EfficiencyReading.CapaianMinusAbsorption,
            Warning = new EarlyWarning(WarningCapaian, WarningAbsorption),
            DeadlineDay = DeadlineDay,
        };
}
