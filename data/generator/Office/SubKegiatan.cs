namespace SakipAnalytics.DataGenerator.Office;

/// <summary>A budget sub-activity, the unit that runs it and the indicator it supports.</summary>
public sealed record SubKegiatan(string Kode, string Nama, string UnitKode, string IndikatorKode);
