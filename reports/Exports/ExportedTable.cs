using SakipAnalytics.Model.Analysis.Tables;

namespace SakipAnalytics.Reports.Exports;

/// <summary>A table written by an export of every table, or skipped (no path) for want of a filter it requires.</summary>
public sealed record ExportedTable(AnalysisTable Table, string? Path, int Rows);
