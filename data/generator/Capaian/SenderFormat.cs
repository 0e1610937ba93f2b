namespace SakipAnalytics.DataGenerator.Capaian;

/// <summary>What kind of file a unit sends its capaian in.</summary>
public enum SenderFormat
{
    Xlsx,
    SemicolonCsv,
    CommaCsv,
}
