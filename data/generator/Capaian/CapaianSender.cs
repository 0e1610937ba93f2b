using SakipAnalytics.DataGenerator.Periods;
using SakipAnalytics.DataGenerator.Spreadsheet;

namespace SakipAnalytics.DataGenerator.Capaian;

/// <summary>
/// How one unit sends its monthly file: the format, how its workbook stores text, the file name
/// it uses, and the months it typed numbers as text.
/// </summary>
public sealed record CapaianSender(
    string UnitKode,
    SenderFormat Format,
    StringStorage Strings,
    Func<Periode, string> FileName,
    IReadOnlySet<Periode> TextNumberMonths)
{
    public bool NumbersAsText(Periode periode) => TextNumberMonths.Contains(periode);
}
