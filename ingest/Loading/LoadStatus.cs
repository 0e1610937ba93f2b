namespace SakipAnalytics.Ingest.Loading;

/// <summary>What happened to one file.</summary>
public enum LoadStatus
{
    /// <summary>Loaded for the first time.</summary>
    Loaded,

    /// <summary>Loaded, replacing an earlier file for the same kind, unit and period.</summary>
    Corrected,

    /// <summary>The same bytes were loaded before; nothing changed.</summary>
    AlreadyLoaded,

    /// <summary>Refused; nothing from it was stored.</summary>
    Rejected,
}
