namespace SakipAnalytics.DataGenerator.Delimited;

/// <summary>How one sender writes delimited text.</summary>
public sealed record CsvDialect(char Delimiter, bool ByteOrderMark, string NewLine)
{
    /// <summary>SIPD's export and the Excel "CSV UTF-8" save in an Indonesian locale.</summary>
    public static CsvDialect SemicolonBomCrlf { get; } = new(';', true, "\r\n");

    /// <summary>A spreadsheet saved from a Linux desktop: comma, no BOM, LF.</summary>
    public static CsvDialect CommaLf { get; } = new(',', false, "\n");
}
