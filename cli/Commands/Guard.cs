using SakipAnalytics.Model.Errors;

namespace SakipAnalytics.Cli.Commands;

/// <summary>
/// The command boundary: expected failures become a plain message and a distinct exit code
/// instead of a stack trace.
/// </summary>
public static class Guard
{
    public static int Run(TextWriter output, Func<int> action)
    {
        ArgumentNullException.ThrowIfNull(action);

        return RunAsync(output, () => Task.FromResult(action())).GetAwaiter().GetResult();
    }

    public static async Task<int> RunAsync(TextWriter output, Func<Task<int>> action)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(action);

        try
        {
            return await action();
        }
        catch (StoreLockedException ex)
        {
            output.WriteLine(ex.Message);
            return ExitCodes.DatabaseLocked;
        }
        catch (SakipException ex)
        {
            output.WriteLine(ex.Message);
            return ExitCodes.Failed;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            output.WriteLine(IoProblem.Describe(ex));
            return ExitCodes.Failed;
        }
    }
}
