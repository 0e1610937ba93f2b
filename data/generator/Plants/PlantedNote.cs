namespace SakipAnalytics.DataGenerator.Plants;

/// <summary>
/// Where one planted inconsistency sits and what it shows, for the data set's README. CSV files
/// have no sheet (an empty name); their row is the line number.
/// </summary>
public sealed record PlantedNote(char Letter, string Title, string File, string Sheet, int Row, string Column, string Figures);
