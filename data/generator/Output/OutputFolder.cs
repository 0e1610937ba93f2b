using System.Globalization;
using System.Text;

namespace SakipAnalytics.DataGenerator.Output;

/// <summary>
/// The folder the data set is written to. It owns one sub-folder per kind of file and clears
/// earlier generated files there first, so a run leaves exactly what it wrote.
/// </summary>
public sealed class OutputFolder
{
    public const string Referensi = "referensi";
    public const string Capaian = "capaian";
    public const string Anggaran = "anggaran";
    public const string Emonev = "emonev";
    public const string Lke = "lke";

    private static readonly string[] Kinds = [Referensi, Capaian, Anggaran, Emonev, Lke];

    private readonly Dictionary<string, (int Files, long Bytes)> _written = [];

    public OutputFolder(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        Root = Path.GetFullPath(root);
    }

    public string Root { get; }

    public IReadOnlyDictionary<string, (int Files, long Bytes)> Written => _written;

    public void Prepare()
    {
        foreach (var kind in Kinds)
        {
            var folder = Directory.CreateDirectory(Path.Combine(Root, kind));
            foreach (var file in folder.EnumerateFiles().Where(f => f.Extension is ".xlsx" or ".csv"))
                file.Delete();
        }
    }

    public void Write(string kind, string fileName, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);

        File.WriteAllBytes(Path.Combine(Root, kind, fileName), content);
        var (files, bytes) = _written.GetValueOrDefault(kind);
        _written[kind] = (files + 1, bytes + content.Length);
    }

    public void WriteText(string fileName, string text) =>
        File.WriteAllText(Path.Combine(Root, fileName), text, new UTF8Encoding(false));

    public string Summary()
    {
        var lines = _written.OrderBy(w => w.Key, StringComparer.Ordinal)
            .Select(w => string.Create(CultureInfo.InvariantCulture, $"{w.Key}: {w.Value.Files} files, {w.Value.Bytes / 1024} KiB"));
        return $"Wrote {Root}{Environment.NewLine}{string.Join(Environment.NewLine, lines)}";
    }
}
