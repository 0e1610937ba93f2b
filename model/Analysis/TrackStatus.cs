namespace SakipAnalytics.Model.Analysis;

/// <summary>Where an indicator stands against its target to date.</summary>
public enum TrackStatus
{
    /// <summary>Mencapai target: the target to date is met (capaian ≥ 100).</summary>
    OnTrack,

    /// <summary>Perlu perhatian: below target but in the Tinggi band or better.</summary>
    AtRisk,

    /// <summary>Tertinggal: below the Tinggi band.</summary>
    OffTrack,

    /// <summary>Tidak dapat dihitung.</summary>
    Unknown,
}
