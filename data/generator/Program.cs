using System.CommandLine;
using SakipAnalytics.DataGenerator;
using SakipAnalytics.DataGenerator.Scale;

var folder = new Argument<string>("folder") { Description = "Where to write the data set", DefaultValueFactory = _ => "data" };
var offices = new Option<int?>("--offices")
{
    Description = "Write this many offices over six years (the benchmark's M is 50, L is 550) instead of the bundled set",
};
offices.Validators.Add(result =>
{
    if (result.GetValueOrDefault<int?>() is < 1)
        result.AddError("--offices must be 1 or more.");
});
var command = new RootCommand("Generates the bundled data set, or a many-office set for the benchmark") { folder, offices };
command.SetAction(parse =>
{
    var root = parse.GetValue(folder)!;
    var summary = parse.GetValue(offices) is { } count
        ? new ManyOfficeDataSet(root, count).Run()
        : new DataSetGenerator(root).Run();
    Console.WriteLine(summary);
});
return command.Parse(args).Invoke();
