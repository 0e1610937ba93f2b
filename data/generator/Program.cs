using SakipAnalytics.DataGenerator;

var output = args.Length > 0 ? args[0] : "data";
var summary = new DataSetGenerator(output).Run();
Console.WriteLine(summary);
