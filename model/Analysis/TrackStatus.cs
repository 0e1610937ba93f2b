namespace SakipAnalytics.Model.Analysis;

/// <summary>Where an indicator stands against its target to date.</summary>
public enum TrackStatus
{
    /// <summary>Sesuai target: capaian in the top band.</summary>
    OnTrack,

    /// <summary>Perlu perhatian: capaian in the Tinggi or Sedang band.</summary>
    AtRisk,

    /// <summary>Tertinggal: capaian in the Rendah or Sangat Rendah band.</summary>
    OffTrack,

    /// <summary>Tidak dapat dihitung.</summary>
    Unknown,
}
