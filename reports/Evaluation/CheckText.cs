using SakipAnalytics.Model.Evaluation;

namespace SakipAnalytics.Reports.Evaluation;

/// <summary>A "Capaian Kinerja" check in words: its verdict and what it held the answer against.</summary>
internal static class CheckText
{
    public static string Verdict(CheckVerdict verdict) => verdict switch
    {
        CheckVerdict.Agrees => "Sesuai",
        CheckVerdict.Contradicts => "Bertentangan dengan data",
        _ => "Tidak dapat diuji",
    };

    public static string Kind(CapaianCheckKind kind) => kind switch
    {
        CapaianCheckKind.OutputTarget => "Indikator output mencapai target",
        CapaianCheckKind.OutcomeTarget => "Indikator outcome mencapai target",
        CapaianCheckKind.OutcomeLastYear => "Indikator outcome lebih baik dari tahun lalu",
        _ => "Capaian di atas unit sejenis",
    };
}
