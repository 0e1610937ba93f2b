using SakipAnalytics.Model.Analysis.Tables;

namespace SakipAnalytics.Model.Analysis;

/// <summary>Reads the month's flagged rows of <c>peringatan_capaian</c> and <c>peringatan_serapan</c>.</summary>
public static class ProjectionWarnings
{
    /// <param name="lraMonth">The month spending stands at, when the month's own LRA has not arrived.</param>
    public static IReadOnlyList<ProjectionWarning> Read(AnalysisSession session, int year, int month, int? lraMonth = null)
    {
        ArgumentNullException.ThrowIfNull(session);

        var capaian = session.Rows(
            "peringatan_capaian", new TableFilter(year, month), r => r.Flag("peringatan") == true ? Capaian(r) : null);
        var absorption = session.Rows(
            "peringatan_serapan", new TableFilter(year, lraMonth ?? month), r => r.Flag("peringatan") == true ? Absorption(r) : null);
        return [.. capaian.OfType<ProjectionWarning>(), .. absorption.OfType<ProjectionWarning>()];
    }

    private static ProjectionWarning Capaian(NamedRow r) => new()
    {
        Figure = ProjectedFigure.Capaian,
        UnitCode = r.Required("kode_unit"),
        IndicatorCode = r.Required("kode_indikator"),
        IndicatorName = r.Text("indikator"),
        Projected = r.Number("proyeksi_capaian"),
        RealisasiToDate = r.Number("realisasi_sd_bulan_ini"),
        ProjectedRealisasi = r.Number("proyeksi_realisasi"),
        Against = r.Number("target_tahunan"),
        Method = r.Text("metode"),
    };

    private static ProjectionWarning Absorption(NamedRow r) => new()
    {
        Figure = ProjectedFigure.Absorption,
        UnitCode = r.Required("kode_unit"),
        UnitName = r.Text("unit_kerja"),
        Projected = r.Number("proyeksi_serapan_persen"),
        RealisasiToDate = r.Number("realisasi_sd_bulan_ini"),
        ProjectedRealisasi = r.Number("proyeksi_realisasi"),
        Against = r.Number("pagu"),
        Method = r.Text("metode"),
    };
}
