using SakipAnalytics.Cli.Settings;

namespace SakipAnalytics.Cli.Tests.Settings;

public sealed class SettingsLoaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sakip-settings-").FullName;

    [Fact]
    public void Load_BandsInSakipJson_ReplaceTheDefaultsRatherThanAddToThem()
    {
        var settings = Load("""{ "Bands": [95, 80, 70, 60] }""");

        Assert.Equal([95m, 80m, 70m, 60m], settings.Bands);
        Assert.Equal(80m, SettingsLoader.Validate(settings).Analysis().Bands.Tinggi);
    }

    [Theory]
    [InlineData("""{ "Bands": ["a", "b", "c", "d"] }""", "Bands berisi 'a', bukan angka; gunakan misalnya [91, 76, 66, 51].")]
    [InlineData("""{ "Capp": "100" }""",
        "Pengaturan 'Capp' tidak dikenal di sakip.json atau variabel SAKIP_; lihat daftar pengaturan di README.")]
    [InlineData("""{ "WarningCapaian": "85,5" }""",
        "Nilai '85,5' untuk WarningCapaian tidak sah; tulis angka dengan titik desimal (misalnya 85.5) atau teks sesuai README.")]
    [InlineData("""{ "Cap": """, "sakip.json tidak dapat dibaca sebagai JSON; periksa tanda kutip, koma dan kurungnya.")]
    public void Load_SettingThatCannotBeUsed_SaysWhichAndWhy(string json, string message)
    {
        var error = Assert.Throws<SettingsException>(() => Load(json));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Validate_CapWrittenAsNull_IsRefusedRatherThanCrashing()
    {
        var settings = Load("""{ "Cap": null }""");

        var error = Assert.Throws<SettingsException>(() => SettingsLoader.Validate(settings));

        Assert.Equal("Cap '' tidak dikenal; gunakan none, 100 atau 120.", error.Message);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private SakipSettings Load(string json)
    {
        File.WriteAllText(Path.Combine(_folder, SettingsLoader.FileName), json);
        return SettingsLoader.Load(_folder);
    }
}
