using Microsoft.Extensions.Logging;
using SakipAnalytics.Cli;
using SakipAnalytics.Cli.Commands;

// Logs are for operators and go to stderr; the summary on stdout is what office staff read.
var level = Enum.TryParse<LogLevel>(Environment.GetEnvironmentVariable("SAKIP_LOGLEVEL"), out var parsed) ? parsed : LogLevel.Error;
using var logging = LoggerFactory.Create(builder => builder
    .AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace)
    .AddSimpleConsole(options => options.SingleLine = true)
    .SetMinimumLevel(level));

var parse = SakipCommandLine.Build(logging, Console.Out).Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
        Console.WriteLine(error.Message);
    Console.WriteLine("Lihat sakip --help.");
    return ExitCodes.Failed;
}

return parse.Invoke();
