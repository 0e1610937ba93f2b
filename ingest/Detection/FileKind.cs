namespace SakipAnalytics.Ingest.Detection;

/// <summary>The five kinds of input file, told apart by their content, never by their name.</summary>
public enum FileKind
{
    Unknown,
    Referensi,
    Capaian,
    Lra,
    Emonev,
    Lke,
}
