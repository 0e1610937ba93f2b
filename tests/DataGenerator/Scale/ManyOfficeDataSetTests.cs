using System.Text;
using SakipAnalytics.DataGenerator.Scale;

namespace SakipAnalytics.DataGenerator.Tests.Scale;

/// <summary>The benchmark's many-office sets: one folder per office, six years each, the same bytes on every run.</summary>
public sealed class ManyOfficeDataSetTests : IClassFixture<ManyOfficeDataSetTests.TwoOffices>
{
    private readonly TwoOffices _set;

    public ManyOfficeDataSetTests(TwoOffices set) => _set = set;

    [Fact]
    public void Run_TwoOffices_WritesOneFolderPerOffice()
    {
        var folders = Directory.GetDirectories(_set.Folder.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(["kantor-001", "kantor-002"], folders);
    }

    [Fact]
    public void Run_SixYears_WritesAnLraForEveryMonthFromJanuary2021ToOctober2026()
    {
        var lra = Directory.GetFiles(Path.Combine(_set.Folder.Root, "kantor-002", "anggaran"));

        Assert.Equal((5 * 12) + 10, lra.Length);
        Assert.Contains(lra, f => Path.GetFileName(f) == "Laporan Realisasi Anggaran Januari 2021.csv");
        Assert.Contains(lra, f => Path.GetFileName(f) == "LRA Dinsos 2026 10.csv");
    }

    [Fact]
    public void Run_SecondOffice_SharesTheModelsFileNamesButNotItsFigures()
    {
        var first = GeneratedFolder.HashesUnder(Path.Combine(_set.Folder.Root, "kantor-001"));
        var second = GeneratedFolder.HashesUnder(Path.Combine(_set.Folder.Root, "kantor-002"));

        Assert.Equal(first.Keys.Order(StringComparer.Ordinal), second.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(first, f => second[f.Key] == f.Value);
    }

    [Fact]
    public void Run_SecondOffice_NamesItsOwnGovernmentInTheLra()
    {
        var lra = File.ReadAllText(Path.Combine(_set.Folder.Root, "kantor-002", "anggaran", "lra_sipd_2025-03.csv"), Encoding.UTF8);

        Assert.Contains("PEMERINTAH DAERAH CONTOH 002", lra, StringComparison.Ordinal);
        Assert.DoesNotContain("KALIMANTAN SELATAN", lra, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Again_WritesTheSameBytes()
    {
        using var again = new GeneratedFolder();

        new ManyOfficeDataSet(again.Root, 2).Run();

        Assert.Equal(Sorted(_set.Folder.Hashes()), Sorted(again.Hashes()));
    }

    private static List<KeyValuePair<string, string>> Sorted(IReadOnlyDictionary<string, string> hashes) =>
        [.. hashes.OrderBy(h => h.Key, StringComparer.Ordinal)];

    /// <summary>Two offices generated once for the class.</summary>
    public sealed class TwoOffices : IDisposable
    {
        public TwoOffices() => new ManyOfficeDataSet(Folder.Root, 2).Run();

        public GeneratedFolder Folder { get; } = new();

        public void Dispose() => Folder.Dispose();
    }
}
