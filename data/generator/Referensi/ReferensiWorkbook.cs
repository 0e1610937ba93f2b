using SakipAnalytics.DataGenerator.Output;
using SakipAnalytics.DataGenerator.Spreadsheet;
using SakipAnalytics.DataGenerator.Targets;

namespace SakipAnalytics.DataGenerator.Referensi;

/// <summary>
/// The planners' reference workbook: units, indicators, Renstra, PK, rencana aksi, comparators
/// and the sub kegiatan mapping, one sheet each.
/// </summary>
public sealed class ReferensiWorkbook(PerjanjianKinerja pk, RencanaAksi rencanaAksi)
{
    public const string FileName = "Referensi Kinerja Dinsos Kalsel 2021-2026.xlsx";

    public void WriteTo(OutputFolder output)
    {
        ArgumentNullException.ThrowIfNull(output);

        Sheet[] sheets =
        [
            ReferensiSheets.UnitKerja(),
            ReferensiSheets.Indikator(),
            ReferensiSheets.TargetRenstra(),
            ReferensiSheets.PerjanjianKinerja(pk),
            ReferensiSheets.RencanaAksi(rencanaAksi),
            ReferensiSheets.Pembanding(),
            ReferensiSheets.SubKegiatan(),
        ];
        output.Write(OutputFolder.Referensi, FileName, XlsxWriter.Write(sheets, StringStorage.Shared));
    }
}
