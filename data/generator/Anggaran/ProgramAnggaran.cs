namespace SakipAnalytics.DataGenerator.Anggaran;

public sealed record ProgramAnggaran(string Kode, string Uraian, IReadOnlyList<KegiatanAnggaran> Kegiatan);
