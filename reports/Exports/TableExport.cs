using SakipAnalytics.Model.Analysis.Tables;

namespace SakipAnalytics.Reports.Exports;

/// <summary>One table, narrowed by a filter, bound for a file in a format.</summary>
public sealed record TableExport(AnalysisTable Table, TableFilter Filter, ExportFormat Format, string Path);
