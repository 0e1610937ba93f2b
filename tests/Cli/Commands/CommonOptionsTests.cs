using Microsoft.Extensions.Logging.Abstractions;
using SakipAnalytics.Cli.Commands;

namespace SakipAnalytics.Cli.Tests.Commands;

public sealed class CommonOptionsTests
{
    [Theory]
    [InlineData("report lkjip --year abc", "--year 'abc' tidak valid; seharusnya tahun dalam angka, misalnya 2025.")]
    [InlineData("export capaian_bulanan --year 2026 --month 13", "--month '13' tidak valid; seharusnya nomor bulan 1 sampai 12.")]
    public void Parse_YearOrMonthThatIsNot_IsRefusedInIndonesian(string arguments, string message)
    {
        var parse = SakipCommandLine.Build(NullLoggerFactory.Instance, TextWriter.Null).Parse(arguments.Split(' '));

        Assert.Equal(message, Assert.Single(parse.Errors).Message);
    }

    [Fact]
    public void Parse_FourDigitYear_IsTheYear()
    {
        var options = new ReportOptions();
        var command = new System.CommandLine.Command("uji") { options.Year };

        Assert.Equal(2025, command.Parse(["--year", "2025"]).GetValue(options.Year));
    }
}
