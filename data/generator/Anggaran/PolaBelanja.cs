namespace SakipAnalytics.DataGenerator.Anggaran;

/// <summary>How a sub kegiatan spends through the year.</summary>
public enum PolaBelanja
{
    /// <summary>Activities: slow first quarter, a rush at year end.</summary>
    Kegiatan,

    /// <summary>Salaries: every month, plus THR in April and the 13th salary in June.</summary>
    Gaji,
}
