namespace SakipAnalytics.Model.Capaian;

/// <summary>How an indicator's monthly values make its value to date.</summary>
public enum MonthlyAggregation
{
    /// <summary>kumulatif: the sum of monthly flows.</summary>
    Cumulative,

    /// <summary>terakhir: the latest stock value.</summary>
    Latest,

    /// <summary>rata-rata: the mean of the months so far.</summary>
    Average,

    /// <summary>tahunan: reported once a year.</summary>
    Annual,
}
