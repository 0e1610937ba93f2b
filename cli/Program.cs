using Microsoft.Extensions.Logging;
using SakipAnalytics.Cli.Commands;

var level = Enum.TryParse<LogLevel>(Environment.GetEnvironmentVariable("SAKIP_LOGLEVEL"), out var parsed) ? parsed : LogLevel.Warning;
using var logging = LoggerFactory.Create(builder => builder
    .AddSimpleConsole(options => options.SingleLine = true)
    .SetMinimumLevel(level));

return SakipCommandLine.Build(logging, Console.Out).Parse(args).Invoke();
