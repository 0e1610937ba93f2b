using Microsoft.Extensions.Logging;
using SakipAnalytics.Cli.Commands;

using var logging = LoggerFactory.Create(builder => builder
    .AddSimpleConsole(options => options.SingleLine = true)
    .SetMinimumLevel(Environment.GetEnvironmentVariable("SAKIP_LOGLEVEL") is { } level && Enum.TryParse<LogLevel>(level, out var parsed) ? parsed : LogLevel.Warning));

return SakipCommandLine.Build(logging, Console.Out).Parse(args).Invoke();
