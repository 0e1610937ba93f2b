namespace SakipAnalytics.Model.Capaian;

/// <summary>Why a capaian could not be computed, in the Indonesian shown in reports.</summary>
public static class NotComputableReasons
{
    public const string TargetMissing = "target belum ditetapkan";
    public const string TargetZero = "target bernilai nol";
    public const string RealisasiMissing = "realisasi belum dilaporkan";
    public const string RealisasiNotNumber = "realisasi bukan angka sedangkan targetnya angka";
    public const string GradeUnknown = "predikat target atau realisasi tidak dikenal";
    public const string PreviousQuarterMissing = "bulan akhir triwulan sebelumnya belum dilaporkan";
    public const string NoMonthsYet = "belum ada bulan yang dilaporkan";
}
