using System.Data.Common;
using SakipAnalytics.Model.Capaian;
using SakipAnalytics.Model.Store;

namespace SakipAnalytics.Model.Analysis;

/// <summary>Maps a row of <c>IndicatorResults.sql</c> to an <see cref="IndicatorResult"/>.</summary>
internal static class IndicatorResultRow
{
    public static IndicatorResult Read(DbDataReader r) => new()
    {
        Code = r.GetString(0),
        Name = r.GetString(1),
        Satuan = r.GetString(2),
        Polarity = r.GetString(3) == "negatif" ? Polarity.Negative : Polarity.Positive,
        Jenis = r.GetString(4),
        SasaranCode = r.GetString(5),
        SasaranName = r.GetString(6),
        UnitCode = r.GetString(7),
        Year = r.GetInt32(8),
        Month = r.GetInt32(9),
        Target = StoredTarget.From(r.TextOrNull(10), r.DecimalOrNull(11), r.DecimalOrNull(12)),
        AnnualTarget = StoredTarget.From(r.TextOrNull(13), r.DecimalOrNull(14), r.DecimalOrNull(15)),
        TargetVersion = r.GetString(16),
        Realisasi = StoredTarget.Realisasi(r.DecimalOrNull(17), r.TextOrNull(18)),
        Capaian = r.DecimalOrNull(19) is { } value
            ? CapaianResult.Of(value)
            : CapaianResult.NotComputable(r.TextOrNull(20) ?? NotComputableReasons.RealisasiMissing),
        ReportedCapaian = r.DecimalOrNull(21),
        RealisasiLastYear = StoredTarget.Realisasi(r.DecimalOrNull(22), r.TextOrNull(23)),
        RenstraEndTarget = StoredTarget.From(r.TextOrNull(24), r.DecimalOrNull(25), r.DecimalOrNull(26)),
        Kendala = r.TextOrNull(27),
        TindakLanjut = r.TextOrNull(28),
        Source = new SourceRef(r.GetString(29), r.TextOrNull(30), r.GetInt32(31)),
        ParentCode = r.TextOrNull(32),
    };
}
