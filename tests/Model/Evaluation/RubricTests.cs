using System.Text;
using SakipAnalytics.Model.Errors;
using SakipAnalytics.Model.Evaluation;

namespace SakipAnalytics.Model.Tests.Evaluation;

public sealed class RubricTests
{
    [Theory]
    [InlineData(100, "AA")]
    [InlineData(90.01, "AA")]
    [InlineData(90, "A")]
    [InlineData(80.01, "A")]
    [InlineData(80, "BB")]
    [InlineData(70, "B")]
    [InlineData(60.01, "B")]
    [InlineData(60, "CC")]
    [InlineData(50, "C")]
    [InlineData(30.01, "C")]
    [InlineData(30, "D")]
    [InlineData(0, "D")]
    public void Grade_EachSideOfEveryBandEdge_GivesTheBandAbove(double total, string grade)
    {
        var rubric = WorksheetBuilder.Shipped(RubricCatalog.Guideline);

        Assert.Equal(grade, rubric.Grade((decimal)total).Grade);
    }

    [Fact]
    public void All_ShipsTheGuidelineAndThe2021Scheme_WithTheirComponentWeights()
    {
        var weights = RubricCatalog.All.ToDictionary(r => r.Id, r => r.Components.Select(c => c.Weight).ToList());

        Assert.Equal([30m, 25m, 15m, 10m, 20m], weights[RubricCatalog.Guideline]);
        Assert.Equal([30m, 30m, 15m, 25m], weights[RubricCatalog.Scheme2021]);
    }

    [Fact]
    public void Read_PartsThatDoNotAddUpToTheirComponent_IsRefusedNamingTheComponent()
    {
        const string json = """
            { "id": "x", "answers": { "Y": 1 }, "grades": [ { "grade": "D", "label": "Kurang", "above": null } ],
              "components": [ { "number": "1", "title": "Satu", "weight": 100,
                "parts": [ { "number": "1.a", "title": "a", "weight": 60 }, { "number": "1.b", "title": "b", "weight": 30 } ] } ] }
            """;

        var error = Assert.Throws<RubricException>(() => RubricFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "x.json"));

        Assert.Equal("Rubrik LKE x.json tidak dapat dipakai: bobot bagian 1 berjumlah 90, seharusnya 100", error.Message);
    }

    [Theory]
    [InlineData("""{ "number": "1.a", "weight": 100 }""", "bagian 1.a tanpa \"title\"")]
    [InlineData("""{ "title": "a", "weight": 100 }""", "ada bagian tanpa \"number\" (\"title\": a)")]
    [InlineData("""{ "number": "1.a", "title": "a", "weight": 0 }""", "bobot bagian 1.a harus lebih dari nol")]
    public void Read_PartWithoutNumberTitleOrWeight_IsRefusedNamingIt(string part, string problem)
    {
        var json = $$"""
            { "id": "x", "answers": { "Y": 1 }, "grades": [ { "grade": "D", "label": "Kurang", "above": null } ],
              "components": [ { "number": "1", "title": "Satu", "weight": 100, "parts": [ {{part}} ] } ] }
            """;

        var error = Assert.Throws<RubricException>(() => RubricFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "x.json"));

        Assert.Equal($"Rubrik LKE x.json tidak dapat dipakai: {problem}", error.Message);
    }

    [Fact]
    public void Read_AnswerWrittenInTwoCases_IsRefused()
    {
        const string json = """
            { "id": "x", "answers": { "Y": 1, "y": 0 }, "grades": [ { "grade": "D", "label": "Kurang", "above": null } ],
              "components": [ { "number": "1", "title": "Satu", "weight": 100 } ] }
            """;

        var error = Assert.Throws<RubricException>(() => RubricFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "x.json"));

        Assert.EndsWith(
            "jawaban Y ditulis lebih dari sekali (huruf besar dan kecil dianggap sama)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromSetting_UnknownNameThatIsNoFile_IsRefusedListingTheChoices()
    {
        var error = Assert.Throws<RubricException>(() => RubricCatalog.FromSetting("2015"));

        Assert.Contains("bukan 12/2015, 88/2021, 'otomatis', atau berkas rubrik yang ada", error.Message, StringComparison.Ordinal);
    }
}
