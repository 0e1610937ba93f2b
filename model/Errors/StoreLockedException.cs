namespace SakipAnalytics.Model.Errors;

/// <summary>The database file is held by another process, such as a scheduler or a run still going.</summary>
public sealed class StoreLockedException : SakipException
{
    public StoreLockedException(string path, Exception inner)
        : base(
            $"Basis data {path} sedang dipakai oleh proses sakip lain (misalnya penjadwal atau proses yang belum selesai). "
            + "Tunggu proses itu selesai atau hentikan, lalu jalankan lagi.",
            inner)
    {
        DatabasePath = path;
    }

    public string DatabasePath { get; }
}
