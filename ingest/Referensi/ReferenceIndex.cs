using SakipAnalytics.Ingest.Layout;
using SakipAnalytics.Model.Capaian;
using SakipAnalytics.Model.Store;

namespace SakipAnalytics.Ingest.Referensi;

/// <summary>The units and indicators the loaded reference knows, for checking incoming files.</summary>
public sealed class ReferenceIndex
{
    private readonly Dictionary<string, string> _unitByKey;
    private readonly Dictionary<string, IndicatorInfo> _indicators;
    private readonly HashSet<string> _subKegiatan;

    private ReferenceIndex(
        Dictionary<string, string> unitByKey, Dictionary<string, IndicatorInfo> indicators, HashSet<string> subKegiatan, string? officeUnit)
    {
        _unitByKey = unitByKey;
        _indicators = indicators;
        _subKegiatan = subKegiatan;
        OfficeUnit = officeUnit;
    }

    /// <summary>The code of the unit whose jenis is <c>dinas</c>: the office as a whole.</summary>
    public string? OfficeUnit { get; }

    public bool IsEmpty => _unitByKey.Count == 0;

    public static ReferenceIndex Load(SakipStore store)
    {
        ArgumentNullException.ThrowIfNull(store);

        var units = ReadUnits(store);
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, name, _) in units)
        {
            byKey[HeaderText.Normalize(code)] = code;
            byKey[HeaderText.Normalize(name)] = code;
        }

        var office = units.FirstOrDefault(u => u.Jenis == "dinas").Code;
        var subKegiatan = store.Rows("SELECT sub_kegiatan_code FROM sub_kegiatan", r => r.GetString(0)).ToHashSet(StringComparer.Ordinal);
        return new ReferenceIndex(byKey, ReadIndicators(store), subKegiatan, office);
    }

    /// <summary>The unit code a title line names, by code or by name; null when unknown.</summary>
    public string? ResolveUnit(string nameOrCode) =>
        _unitByKey.TryGetValue(HeaderText.Normalize(nameOrCode), out var code) ? code : null;

    /// <summary>Whether the reference maps this sub kegiatan; an empty mapping knows nothing and accepts all.</summary>
    public bool KnowsSubKegiatan(string code) => _subKegiatan.Count == 0 || _subKegiatan.Contains(code.Trim());

    public IndicatorInfo? Indicator(string code) =>
        _indicators.TryGetValue(code.Trim().ToUpperInvariant(), out var info) ? info : null;

    private static List<(string Code, string Name, string Jenis)> ReadUnits(SakipStore store)
    {
        using var command = store.Command("SELECT unit_code, name, jenis FROM unit");
        using var reader = command.ExecuteReader();
        var units = new List<(string, string, string)>();
        while (reader.Read())
            units.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        return units;
    }

    private static Dictionary<string, IndicatorInfo> ReadIndicators(SakipStore store)
    {
        using var command = store.Command("SELECT indicator_code, unit_code, polarity, aggregation, satuan FROM indicator");
        using var reader = command.ExecuteReader();
        var indicators = new Dictionary<string, IndicatorInfo>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var code = reader.GetString(0);
            indicators[code.ToUpperInvariant()] = new IndicatorInfo(
                code, reader.GetString(1), ReferenceTerms.Polarity(reader.GetString(2))!.Value,
                ReferenceTerms.Aggregation(reader.GetString(3))!.Value, reader.GetString(4));
        }

        return indicators;
    }
}
