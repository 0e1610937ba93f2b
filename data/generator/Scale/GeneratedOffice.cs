using System.Globalization;

namespace SakipAnalytics.DataGenerator.Scale;

/// <summary>
/// One office of a generated data set. Office 1 is the model office; every other office has the
/// model's structure under an invented name and draws its own figures, so no two offices' files
/// are alike.
/// </summary>
public sealed record GeneratedOffice(int Number, string Nama, string Pemerintah)
{
    public static GeneratedOffice Model { get; } =
        new(1, "Dinas Sosial Provinsi Kalimantan Selatan", "PEMERINTAH PROVINSI KALIMANTAN SELATAN");

    /// <summary>Prefixed to every random stream's key; empty for the model office, whose figures stay the bundled ones.</summary>
    public string SeedPrefix => Number == 1 ? "" : $"kantor{Code}|";

    /// <summary>The office's folder in a many-office data set: <c>kantor-007</c>.</summary>
    public string Folder => $"kantor-{Code}";

    private string Code => Number.ToString("000", CultureInfo.InvariantCulture);

    public static GeneratedOffice Numbered(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        if (number == 1)
            return Model;

        var code = number.ToString("000", CultureInfo.InvariantCulture);
        return new GeneratedOffice(number, $"Dinas Sosial Daerah Contoh {code}", $"PEMERINTAH DAERAH CONTOH {code}");
    }
}
