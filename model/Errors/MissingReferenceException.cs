namespace SakipAnalytics.Model.Errors;

/// <summary>A step needs the reference workbook (units, indicators, targets) and none is loaded.</summary>
public sealed class MissingReferenceException()
    : SakipException(
        "Belum ada workbook referensi yang termuat (sheet Unit Kerja dengan unit berjenis 'dinas'). "
        + "Letakkan workbook referensi di folder data lalu jalankan lagi.");
