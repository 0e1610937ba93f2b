using Microsoft.Extensions.Logging;
using SakipAnalytics.Cli.Pipeline;
using SakipAnalytics.Model.Capaian;
using SakipAnalytics.Model.Store;

var input = args.Length > 0 ? args[0] : "data";
using var logging = LoggerFactory.Create(b => b.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
Directory.CreateDirectory("out");
using var store = SakipStore.Open("out/sakip.duckdb");
var report = IngestStep.Create(store, TimeProvider.System, logging).Run(input);
Console.WriteLine($"read {report.Read} loaded {report.Loaded} rejected {report.Rejected} warnings {report.Warnings} in {report.Elapsed}");
foreach (var f in report.Files.Where(f => f.Findings.Count > 0))
    foreach (var x in f.Findings) Console.WriteLine($"{f.FileName}: {x.Severity} {x}");
Console.WriteLine(CapaianComputation.Rebuild(store));
