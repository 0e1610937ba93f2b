namespace SakipAnalytics.Ingest.Lra;

/// <summary>One line of the LRA tree, parsed, with the code of the line it belongs under.</summary>
internal sealed record LraLine(
    int Row,
    int LineNo,
    string Kode,
    string Level,
    string? ParentKode,
    string Uraian,
    decimal Anggaran,
    decimal? RealisasiLalu,
    decimal? RealisasiBulan,
    decimal RealisasiToDate);
