namespace SakipAnalytics.DataGenerator.Office;

public static partial class Kantor
{
    public static IReadOnlyList<UnitKerja> Units => [new("DINSOS", Nama, "dinas", null), .. UnitsUnderDinas];

    private static IReadOnlyList<UnitKerja> UnitsUnderDinas { get; } =
    [
        new("SEKRE", "Sekretariat", "sekretariat", "DINSOS"),
        new("REHSOS", "Bidang Rehabilitasi Sosial", "bidang", "DINSOS"),
        new("LINJAMSOS", "Bidang Perlindungan dan Jaminan Sosial", "bidang", "DINSOS"),
        new("PB", "Bidang Penanganan Bencana", "bidang", "DINSOS"),
        new("DAYASOS", "Bidang Pemberdayaan Sosial", "bidang", "DINSOS"),
        new("PSTW", "UPTD Panti Sosial Tresna Werdha Budi Sejahtera", "uptd", "REHSOS"),
        new("PSBL", "UPTD Panti Sosial Bina Laras Budi Luhur", "uptd", "REHSOS"),
        new("PSAA", "UPTD Panti Sosial Asuhan Anak Budi Mulia", "uptd", "REHSOS"),
        new("PRSPD", "UPTD Panti Rehabilitasi Sosial Penyandang Disabilitas Fajar Harapan", "uptd", "REHSOS"),
        new("PSBR", "UPTD Panti Sosial Mulia Satria", "uptd", "REHSOS"),
    ];
}
