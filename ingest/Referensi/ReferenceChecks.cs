using SakipAnalytics.Ingest.Findings;
using SakipAnalytics.Ingest.Parsing;
using SakipAnalytics.Ingest.Sheets;
using SakipAnalytics.Model.Capaian;

namespace SakipAnalytics.Ingest.Referensi;

/// <summary>Cell checks for the reference sheets; each failure is an error naming the cell.</summary>
internal sealed class ReferenceChecks(ReferenceRows sheet, FindingList findings)
{
    private readonly List<(SheetRow Row, string Parent)> _parents = [];

    public string? Required(SheetRow row, string column)
    {
        var text = sheet.Text(row, column);
        if (text is null)
            Report(row, column, null, "isian wajib, tidak boleh kosong");
        return text;
    }

    public string? OneOf(SheetRow row, string column, IReadOnlyList<string> allowed)
    {
        var text = Required(row, column);
        var match = text is null ? null : allowed.FirstOrDefault(a => string.Equals(a, text, StringComparison.OrdinalIgnoreCase));
        if (text is not null && match is null)
            Report(row, column, text, "salah satu dari: " + string.Join(", ", allowed));
        return match;
    }

    public string? Known(SheetRow row, string column, HashSet<string> codes, string expected)
    {
        var text = Required(row, column);
        if (text is not null && !codes.Contains(text))
        {
            Report(row, column, text, expected);
            return null;
        }

        return text;
    }

    /// <summary>A cell that may be empty, but when filled must name a known code.</summary>
    public string? Optional(SheetRow row, string column, HashSet<string> codes, string expected)
    {
        var text = sheet.Text(row, column);
        if (text is not null && !codes.Contains(text))
            Report(row, column, text, expected);
        return text;
    }

    public bool Unique(SheetRow row, string column, string code, HashSet<string> seen)
    {
        if (seen.Add(code))
            return true;

        Report(row, column, code, "kode yang belum dipakai di baris lain");
        return false;
    }

    /// <summary>Whether a code is given the same name as on its first row; two names would leave one to a guess.</summary>
    public bool SameName(SheetRow row, string column, string code, string name, Dictionary<string, (string Name, int Row)> first)
    {
        if (first.TryAdd(code, (name, row.Number)) || string.Equals(first[code].Name, name, StringComparison.Ordinal))
            return true;

        Report(row, column, name, $"'{first[code].Name}' seperti kode {code} di baris {first[code].Row}");
        return false;
    }

    /// <summary>Remembers an Indikator Induk, checked by <see cref="Parents"/> once every code is known.</summary>
    public void NoteParent(SheetRow row, string? parent)
    {
        if (parent is not null)
            _parents.Add((row, parent));
    }

    /// <summary>Every Indikator Induk must name an indicator of the same sheet.</summary>
    public void Parents(HashSet<string> indicators)
    {
        foreach (var (row, parent) in _parents.Where(p => !indicators.Contains(p.Parent)))
            Report(row, "Indikator Induk", parent, "kode dari sheet Indikator");
    }

    public Target? Target(SheetRow row, string column, object? cell, string? shown)
    {
        if (TargetText.TryRead(cell, out var target) && target is not null)
            return target;

        Report(row, column, shown, TargetText.Expected);
        return null;
    }

    public int? Year(SheetRow row, string column)
    {
        var number = IndonesianNumber.Read(sheet.Cell(row, column));
        if (number.Value is { } value && value == decimal.Truncate(value) && value is >= 2000 and <= 2100)
            return (int)value;

        Report(row, column, sheet.Text(row, column), "tahun empat angka, misalnya 2026");
        return null;
    }

    public void Report(SheetRow row, string column, string? found, string expected) =>
        findings.Error("Isi referensi tidak valid", sheet.Sheet.SheetName, row.Number, column, found, expected);
}
