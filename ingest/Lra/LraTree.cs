namespace SakipAnalytics.Ingest.Lra;

/// <summary>
/// Follows the LRA rows in file order: account rows belong to the sub kegiatan above them, sub
/// kegiatan to the kegiatan above, kegiatan to the program above.
/// </summary>
internal sealed class LraTree
{
    private static readonly string[] Levels = [LraLevel.Program, LraLevel.Kegiatan, LraLevel.SubKegiatan, LraLevel.Akun];

    private readonly string?[] _open = new string?[Levels.Length];

    /// <summary>Records a line and returns the code of its parent (null for a program or an orphan).</summary>
    public string? Enter(string level, string kode)
    {
        var depth = Array.IndexOf(Levels, level);
        _open[depth] = kode;
        for (var i = depth + 1; i < _open.Length; i++)
            _open[i] = null;

        return depth == 0 ? null : _open[depth - 1];
    }
}
