namespace SakipAnalytics.Reports.Tests.Lkjip;

public sealed class LkjipWriterOutlineTests(LkjipDocument document) : IClassFixture<LkjipDocument>
{
    private static readonly string[] Chapters = ["BAB I PENDAHULUAN", "BAB II PERENCANAAN KINERJA", "LAMPIRAN"];

    [Fact]
    public void Write_BabIBabIIAndLampiran_MatchSnapshot()
    {
        var chapters = Chapters.ToDictionary(heading => heading, heading => LkjipChapter.Lines(document.Body, heading));

        CommittedSnapshot.Match(chapters);
    }
}
