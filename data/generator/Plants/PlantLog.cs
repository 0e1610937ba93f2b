namespace SakipAnalytics.DataGenerator.Plants;

/// <summary>Collects the planted inconsistencies as the writers place them.</summary>
public sealed class PlantLog
{
    private readonly List<PlantedNote> _notes = [];

    public IReadOnlyList<PlantedNote> Notes => [.. _notes.OrderBy(n => n.Letter)];

    public void Add(PlantedNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        _notes.Add(note);
    }
}
