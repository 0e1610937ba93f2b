namespace SakipAnalytics.Model.Errors;

/// <summary>A table was asked for with a filter it does not take, lacks one it needs, or names an unknown unit.</summary>
public sealed class TableFilterException(string message) : SakipException(message);
