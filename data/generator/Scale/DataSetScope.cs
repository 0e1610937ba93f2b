namespace SakipAnalytics.DataGenerator.Scale;

/// <summary>
/// Which office is being generated and over which months. The generator's office structure and
/// periods are static, so the scope travels with the work (per thread of a parallel run) instead
/// of being passed through every builder.
/// </summary>
public sealed record DataSetScope(GeneratedOffice Office, bool SixYears)
{
    private static readonly AsyncLocal<DataSetScope?> Ambient = new();

    /// <summary>The bundled data set: the model office over its own months.</summary>
    public static DataSetScope Bundled { get; } = new(GeneratedOffice.Model, SixYears: false);

    public static DataSetScope Current => Ambient.Value ?? Bundled;

    public T Run<T>(Func<T> generate)
    {
        ArgumentNullException.ThrowIfNull(generate);

        var outer = Ambient.Value;
        Ambient.Value = this;
        try
        {
            return generate();
        }
        finally
        {
            Ambient.Value = outer;
        }
    }
}
