using SakipAnalytics.Model.Capaian;

namespace SakipAnalytics.Ingest.Parsing;

/// <summary>Reads a realisasi cell: a number, or a predikat for qualitative indicators.</summary>
public static class RealisasiText
{
    public const string Expected = "angka (22 atau 95,5) atau predikat (AA, A, BB, B, CC, C, D)";

    public static bool TryRead(object? cell, out Realisasi? realisasi)
    {
        realisasi = null;
        if (cell is string text && Predikat.IsGrade(text))
        {
            realisasi = Realisasi.OfGrade(text);
            return true;
        }

        var number = IndonesianNumber.Read(cell);
        realisasi = number.Value is { } value ? Realisasi.Number(value) : null;
        return number.IsValid;
    }
}
