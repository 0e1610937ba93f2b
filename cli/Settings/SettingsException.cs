using SakipAnalytics.Model.Errors;

namespace SakipAnalytics.Cli.Settings;

/// <summary>A setting in <c>sakip.json</c> or the environment that cannot be used.</summary>
public sealed class SettingsException(string message) : SakipException(message);
