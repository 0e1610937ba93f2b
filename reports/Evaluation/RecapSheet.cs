using SpreadCheetah;

namespace SakipAnalytics.Reports.Evaluation;

/// <summary>A data sheet of the recap workbook: its name, its column headers and its typed rows.</summary>
internal sealed record RecapSheet(string Name, IReadOnlyList<string> Headers, IReadOnlyList<Cell[]> Rows);
