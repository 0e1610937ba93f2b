using SakipAnalytics.Cli.Commands;

namespace SakipAnalytics.Cli.Tests.Commands;

public sealed class IoProblemTests
{
    [Fact]
    public void Describe_AccessDenied_SaysSoInIndonesianWithThePath()
    {
        var problem = new UnauthorizedAccessException("Access to the path '/srv/hasil/dashboard/index.html.tmp' is denied.");

        Assert.Equal(
            "Tidak ada izin menulis atau membaca /srv/hasil/dashboard/index.html.tmp; periksa hak akses folder (--out, --data). "
            + "(Access to the path '/srv/hasil/dashboard/index.html.tmp' is denied.)",
            IoProblem.Describe(problem));
    }

    [Fact]
    public void Describe_MissingFolder_NamesItAndWhatToCheck()
    {
        var problem = new DirectoryNotFoundException("Could not find a part of the path '/srv/hasil/dashboard/2026-10'.");

        Assert.StartsWith(
            "Folder tidak ditemukan /srv/hasil/dashboard/2026-10; periksa --out dan --data", IoProblem.Describe(problem),
            StringComparison.Ordinal);
    }
}
