namespace SakipAnalytics.DataGenerator.Anggaran;

public sealed record KegiatanAnggaran(string Kode, string Uraian, IReadOnlyList<SubKegiatanAnggaran> SubKegiatan);
