using System.Reflection;

namespace SakipAnalytics.Model.Store;

/// <summary>Reads SQL kept as embedded <c>.sql</c> resources, so no SQL text lives in C# strings.</summary>
public static class SqlScript
{
    /// <summary>The text of an embedded script, e.g. <c>Schema/001_files.sql</c> or <c>Queries/Capaian/Inputs.sql</c>.</summary>
    public static string Load(Assembly assembly, string relativePath)
    {
        ArgumentNullException.ThrowIfNull(assembly);

        var suffix = "." + Dotted(relativePath);
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith(suffix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Embedded SQL {relativePath} is missing from {assembly.GetName().Name}.");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The names of embedded scripts under a folder, in ordinal order.</summary>
    public static IReadOnlyList<string> Under(Assembly assembly, string folder)
    {
        ArgumentNullException.ThrowIfNull(assembly);

        var folderPart = "." + Dotted(folder) + ".";
        return assembly.GetManifestResourceNames()
            .Where(n => n.Contains(folderPart, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    internal static string ReadResource(Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    // Resource names are the root namespace plus the path with dots, whatever the assembly is called.
    private static string Dotted(string relativePath) => relativePath.Replace('/', '.').Replace('\\', '.');
}
