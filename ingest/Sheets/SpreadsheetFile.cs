using ExcelDataReader;
using SakipAnalytics.Ingest.Findings;

namespace SakipAnalytics.Ingest.Sheets;

/// <summary>
/// An open .xlsx or .csv file read as sheets of rows. Rows stream: each sheet must be read to
/// its end (or abandoned) before the next is requested, and the file must stay open meanwhile.
/// </summary>
public sealed class SpreadsheetFile : IDisposable
{
    private readonly string _path;
    private readonly Stream? _stream;
    private readonly IExcelDataReader? _reader;

    static SpreadsheetFile()
    {
        // ExcelDataReader asks for code page 1252 even for .xlsx; .NET only has it once the
        // code pages provider is registered (idempotent, process-wide).
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
    }

    private SpreadsheetFile(string path, Stream? stream, IExcelDataReader? reader)
    {
        _path = path;
        _stream = stream;
        _reader = reader;
    }

    public static bool IsSupported(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".xlsx" or ".csv";

    public static SpreadsheetFile Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".csv" => new SpreadsheetFile(path, null, null),
            ".xlsx" => OpenXlsx(path),
            _ => throw new UnreadableFileException(Path.GetFileName(path), "jenis berkas tidak didukung; gunakan .xlsx atau .csv"),
        };
    }

    /// <summary>The sheets in workbook order; a CSV file is one unnamed sheet.</summary>
    public IEnumerable<Sheet> Sheets => _reader is null ? [CsvSheet()] : XlsxSheets(_reader);

    public Sheet FirstSheet() => Sheets.First();

    public void Dispose()
    {
        _reader?.Dispose();
        _stream?.Dispose();
    }

    private Sheet CsvSheet()
    {
        var (encoding, note) = TextEncoding.Detect(_path);
        return new Sheet(null, CsvRows.Read(_path, encoding)) { Note = note };
    }

    private static SpreadsheetFile OpenXlsx(string path)
    {
        var stream = File.OpenRead(path);
        try
        {
            return new SpreadsheetFile(path, stream, ExcelReaderFactory.CreateOpenXmlReader(stream));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            stream.Dispose();
            throw new UnreadableFileException(Path.GetFileName(path), "berkas bukan .xlsx yang utuh (rusak atau terpotong)", ex);
        }
    }

    private IEnumerable<Sheet> XlsxSheets(IExcelDataReader reader)
    {
        do
        {
            yield return new Sheet(reader.Name, Rows(reader));
        }
        while (Guarded(reader.NextResult));
    }

    private IEnumerable<SheetRow> Rows(IExcelDataReader reader)
    {
        var number = 0;
        while (Guarded(reader.Read))
        {
            number++;
            var cells = new object?[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
                cells[i] = reader.GetValue(i);
            yield return new SheetRow(number, cells);
        }
    }

    private bool Guarded(Func<bool> step)
    {
        try
        {
            return step();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            const string Reason = "isi lembar kerja tidak dapat dibaca (berkas rusak atau terpotong)";
            throw new UnreadableFileException(Path.GetFileName(_path), Reason, ex);
        }
    }
}
