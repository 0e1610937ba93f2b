namespace SakipAnalytics.Ingest.Tests.Fixtures;

/// <summary>Writes a small LKE worksheet as CSV in the evaluators' layout, with the rows a test needs.</summary>
public static class LkeCsv
{
    public const string Header = "No;Komponen / Sub Komponen / Kriteria;Bobot (%);Jawaban;Nilai;Catatan Evaluator";

    public static string For(string unit, int year, params string[] rows) =>
        string.Join(
            "\r\n",
            new[]
            {
                "LEMBAR KERJA EVALUASI (LKE) AKUNTABILITAS KINERJA INTERNAL",
                $"Unit Kerja : {unit}",
                $"Tahun yang dievaluasi : {year}",
                "",
                Header,
            }.Concat(rows));

    /// <summary>
    /// A PermenPAN-RB 88/2021 worksheet: four components, each with keberadaan, kualitas and
    /// pemanfaatan, one criterion each; every answer BB except 1.a (AA), so 1 scores 6 + 7,2 + 12 = 25,20 and the total 81,20.
    /// </summary>
    public static string[] Scheme2021(string totalWritten) =>
    [
        .. Component("1", "Perencanaan Kinerja", 30, ("1.a", 6, "AA"), ("1.b", 9, "BB"), ("1.c", 15, "BB")),
        .. Component("2", "Pengukuran Kinerja", 30, ("2.a", 6, "BB"), ("2.b", 9, "BB"), ("2.c", 15, "BB")),
        .. Component("3", "Pelaporan Kinerja", 15, ("3.a", 3, "BB"), ("3.b", 4.5m, "BB"), ("3.c", 7.5m, "BB")),
        .. Component("4", "Evaluasi Akuntabilitas Kinerja Internal", 25, ("4.a", 5, "BB"), ("4.b", 7.5m, "BB"), ("4.c", 12.5m, "BB")),
        $";NILAI AKHIR;100;;{totalWritten};",
    ];

    private static IEnumerable<string> Component(
        string number, string title, decimal weight, params (string Number, decimal Weight, string Answer)[] parts)
    {
        yield return $"{number};{title};{Figure(weight)};;;";
        foreach (var part in parts)
        {
            yield return $"{part.Number};Sub komponen {part.Number};{Figure(part.Weight)};;;";
            yield return $"{part.Number}.1;Kriteria {part.Number}.1;;{part.Answer};;";
        }
    }

    private static string Figure(decimal value) => value.ToString("0.##", new System.Globalization.CultureInfo("id-ID"));
}
