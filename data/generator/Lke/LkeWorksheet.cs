using SakipAnalytics.DataGenerator.Office;

namespace SakipAnalytics.DataGenerator.Lke;

/// <summary>One unit's evaluated LKE for one year: answers, evaluator notes and the evaluator's figures.</summary>
public sealed record LkeWorksheet(
    UnitKerja Unit,
    int Year,
    IReadOnlyDictionary<string, string> Answers,
    IReadOnlyDictionary<string, string> Notes,
    IReadOnlyDictionary<string, decimal> Nilai,
    decimal NilaiAkhir);
