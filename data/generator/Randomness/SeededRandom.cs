using System.Text;
using SakipAnalytics.DataGenerator.Scale;

namespace SakipAnalytics.DataGenerator.Randomness;

/// <summary>
/// A random stream named by a key (<c>"realisasi|PB.01|2026"</c>): the same key always gives the
/// same numbers, and adding a stream elsewhere never shifts this one.
/// </summary>
public sealed class SeededRandom
{
    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;

    private readonly Random _random;

    public SeededRandom(string key)
    {
        ArgumentNullException.ThrowIfNull(key);

        // Random(int) uses the legacy seeded algorithm, which .NET keeps stable across versions.
        _random = new Random(StableHash(DataSetScope.Current.Office.SeedPrefix + key));
    }

    public decimal Between(decimal min, decimal max) => min + ((max - min) * (decimal)_random.NextDouble());

    /// <summary>A value in <c>[-amplitude, amplitude]</c>.</summary>
    public decimal Noise(decimal amplitude) => Between(-amplitude, amplitude);

    public int Next(int min, int maxExclusive) => _random.Next(min, maxExclusive);

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items[_random.Next(items.Count)];
    }

    private static int StableHash(string key)
    {
        var hash = FnvOffset;
        foreach (var b in Encoding.UTF8.GetBytes(key))
            hash = unchecked((hash ^ b) * FnvPrime);

        return unchecked((int)(hash & 0x7FFFFFFF));
    }
}
