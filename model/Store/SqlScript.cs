using System.Reflection;

namespace SakipAnalytics.Model.Store;

/// <summary>Reads SQL kept as embedded <c>.sql</c> resources, so no SQL text lives in C# strings.</summary>
public static class SqlScript
{
    /// <summary>The text of an embedded script, e.g. <c>Schema/001_files.sql</c> or <c>Queries/Capaian/Inputs.sql</c>.</summary>
    public static string Load(Assembly assembly, string relativePath)
    {
        ArgumentNullException.ThrowIfNull(assembly);

        var name = ResourceName(assembly, relativePath);
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded SQL {relativePath} ({name}) is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The names of embedded scripts under a folder, in ordinal order.</summary>
    public static IReadOnlyList<string> Under(Assembly assembly, string folder)
    {
        ArgumentNullException.ThrowIfNull(assembly);

        var prefix = ResourceName(assembly, folder) + ".";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    internal static string ReadResource(Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string ResourceName(Assembly assembly, string relativePath) =>
        assembly.GetName().Name + "." + relativePath.Replace('/', '.').Replace('\\', '.');
}
