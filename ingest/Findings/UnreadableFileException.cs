using SakipAnalytics.Model.Errors;

namespace SakipAnalytics.Ingest.Findings;

/// <summary>A file that cannot be read at all: not a spreadsheet, damaged, or cut short.</summary>
public sealed class UnreadableFileException : SakipException
{
    public UnreadableFileException(string fileName, string reason, Exception? inner = null)
        : base($"{fileName}: {reason}", inner ?? new InvalidDataException(reason))
    {
        FileName = fileName;
        Reason = reason;
    }

    public string FileName { get; }

    public string Reason { get; }
}
