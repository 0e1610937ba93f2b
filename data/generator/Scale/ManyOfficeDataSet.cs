using System.Globalization;

namespace SakipAnalytics.DataGenerator.Scale;

/// <summary>
/// The benchmark's data sets: many offices side by side, one folder each (<c>kantor-001</c> is the
/// model office), every month of six years. Offices are generated in parallel; each one's files
/// depend only on its number, so the set is the same whatever the machine.
/// </summary>
public sealed class ManyOfficeDataSet(string root, int offices)
{
    public string Run()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(offices, 1);

        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(1, offices + 1, options, Generate);
        RemoveOfficesBeyond(offices);
        return string.Create(CultureInfo.InvariantCulture, $"Wrote {offices} office(s), six years each, under {Path.GetFullPath(root)}");
    }

    /// <summary>A smaller set written over a larger one leaves exactly its own offices.</summary>
    private void RemoveOfficesBeyond(int count)
    {
        var kept = Enumerable.Range(1, count).Select(n => GeneratedOffice.Numbered(n).Folder).ToHashSet(StringComparer.Ordinal);
        foreach (var folder in Directory.EnumerateDirectories(root, "kantor-???"))
        {
            if (!kept.Contains(Path.GetFileName(folder)))
                Directory.Delete(folder, recursive: true);
        }
    }

    private void Generate(int number)
    {
        var office = GeneratedOffice.Numbered(number);
        var scope = new DataSetScope(office, SixYears: true);
        scope.Run(() => new DataSetGenerator(Path.Combine(root, office.Folder)).Run());
    }
}
