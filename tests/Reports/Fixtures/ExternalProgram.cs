using System.Diagnostics;

namespace SakipAnalytics.Reports.Tests.Fixtures;

/// <summary>Runs a program from the PATH and returns its exit code and output; a run past its timeout is killed and fails.</summary>
internal static class ExternalProgram
{
    public static (int ExitCode, string Output) Run(string program, IReadOnlyList<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);

        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"{program} did not start; is it installed (see .ci/run)?");
        // Both streams are read while the program runs, so a full pipe cannot stall it.
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();

        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', arguments)} did not finish within {timeout.TotalSeconds} s.");
        }

        return (process.ExitCode, output.Result + errors.Result);
    }
}
