using System.Globalization;
using System.Text.RegularExpressions;

namespace SakipAnalytics.Reports.Tests.Fixtures;

/// <summary>A PDF written to a temporary folder, read back with poppler's pdfinfo and pdftotext; disposing deletes the folder.</summary>
internal sealed partial class ConvertedPdf(string path) : IDisposable
{
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromSeconds(30);

    public string Path { get; } = path;

    /// <summary>The page count pdfinfo reports.</summary>
    public int Pages => int.Parse(PagesLine().Match(Tool("pdfinfo", Path)).Groups[1].Value, CultureInfo.InvariantCulture);

    /// <summary>The text of one page (from 1) in reading order.</summary>
    public string PageText(int page)
    {
        var number = page.ToString(CultureInfo.InvariantCulture);

        return Tool("pdftotext", "-f", number, "-l", number, "-layout", Path, "-");
    }

    public void Dispose() => Directory.Delete(System.IO.Path.GetDirectoryName(Path)!, recursive: true);

    private static string Tool(string program, params string[] arguments)
    {
        var (exitCode, output) = ExternalProgram.Run(program, arguments, ToolTimeout);

        Assert.True(exitCode == 0, $"{program} failed (exit code {exitCode}):\n{output}");
        return output;
    }

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesLine();
}
