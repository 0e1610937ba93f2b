using SakipAnalytics.Cli.Settings;

namespace SakipAnalytics.Cli.Benchmarking;

/// <summary>One office of a benchmark: its input folder and the settings that give it its own store and outputs.</summary>
internal sealed record OfficeRun(string Folder, SakipSettings Settings);
