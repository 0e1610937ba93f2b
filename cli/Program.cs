using Microsoft.Extensions.Logging;
using SakipAnalytics.Cli.Commands;

// Logs are for operators and go to stderr; the summary on stdout is what office staff read.
var level = Enum.TryParse<LogLevel>(Environment.GetEnvironmentVariable("SAKIP_LOGLEVEL"), out var parsed) ? parsed : LogLevel.Error;
using var logging = LoggerFactory.Create(builder => builder
    .AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace)
    .AddSimpleConsole(options => options.SingleLine = true)
    .SetMinimumLevel(level));

return SakipCommandLine.Build(logging, Console.Out).Parse(args).Invoke();
