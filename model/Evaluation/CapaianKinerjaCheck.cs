using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Formatting;

namespace SakipAnalytics.Model.Evaluation;

/// <summary>
/// Holds each "Capaian Kinerja" answer the rubric marks as checkable against the office's own
/// results for the evaluated year: the share of output or outcome indicators that met their
/// target, of outcome indicators that beat last year, or of same-kind units the unit beat. An
/// answer whose worth is more than one step from that share contradicts the data.
/// </summary>
public static class CapaianKinerjaCheck
{
    public static IReadOnlyList<AnswerCheck> Check(LkeResult result, CapaianEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(evidence);

        return
        [
            .. result.Rubric.Checks
                .Select(c => (Criterion: result.Worksheet.Entry(c.Key), Kind: c.Value))
                .Where(c => c.Criterion is not null)
                .Select(c => Check(result, c.Criterion!, c.Kind, evidence)),
        ];
    }

    private static AnswerCheck Check(LkeResult result, LkeEntry criterion, CapaianCheckKind kind, CapaianEvidence evidence)
    {
        var (share, text) = kind switch
        {
            CapaianCheckKind.OutputTarget => TargetsMet(evidence.Of(result.UnitCode).Where(CapaianEvidence.IsOutput), "output"),
            CapaianCheckKind.OutcomeTarget => TargetsMet(evidence.Of(result.UnitCode).Where(i => !CapaianEvidence.IsOutput(i)), "outcome"),
            CapaianCheckKind.OutcomeLastYear => Improved(result.UnitCode, result.Worksheet.Year, evidence),
            _ => PeersBeaten(result.Worksheet, evidence),
        };

        var worth = criterion.Answer is { } answer ? result.Rubric.Value(answer) : null;
        var dataAnswer = share is { } s ? Nearest(result.Rubric, criterion.Answer, s) : null;
        return new AnswerCheck(criterion, kind, worth, share, dataAnswer, text, Verdict(worth, share));
    }

    private static CheckVerdict Verdict(decimal? worth, decimal? share) => (worth, share) switch
    {
        ({ } w, { } s) => Math.Abs(w - s) > AnswerCheck.MaxGap ? CheckVerdict.Contradicts : CheckVerdict.Agrees,
        _ => CheckVerdict.Untestable,
    };

    private static (decimal?, string) TargetsMet(IEnumerable<IndicatorResult> indicators, string kind)
    {
        var computable = indicators.Where(i => i.Capaian.Uncapped is not null).ToList();
        if (computable.Count == 0)
            return (null, $"unit tidak memiliki indikator {kind} dengan capaian Desember yang dapat dihitung");

        var met = computable.Count(i => i.Capaian.Uncapped >= 100);
        var list = string.Join("; ", computable.Select(i => $"{i.Code} {Percent(i.Capaian.Uncapped!.Value)}"));
        return ((decimal)met / computable.Count, $"{met} dari {computable.Count} indikator {kind} mencapai target ({list})");
    }

    private static (decimal?, string) Improved(string unit, int year, CapaianEvidence evidence)
    {
        var pairs = evidence.Of(unit).Where(i => !CapaianEvidence.IsOutput(i))
            .Select(i => (Now: i, Before: evidence.LastYearOf(i)))
            .Where(p => p.Now.Capaian.Uncapped is not null && p.Before?.Capaian.Uncapped is not null)
            .ToList();
        if (pairs.Count == 0)
            return (null, $"tidak ada indikator outcome dengan capaian Desember {year} dan {year - 1}");

        var better = pairs.Count(p => p.Now.Capaian.Uncapped > p.Before!.Capaian.Uncapped);
        var list = string.Join("; ", pairs.Select(p =>
            $"{p.Now.Code} {Percent(p.Now.Capaian.Uncapped!.Value)} ({year - 1}: {Percent(p.Before!.Capaian.Uncapped!.Value)})"));
        return ((decimal)better / pairs.Count, $"{better} dari {pairs.Count} indikator outcome lebih baik dari tahun {year - 1} ({list})");
    }

    private static (decimal?, string) PeersBeaten(LkeWorksheet worksheet, CapaianEvidence evidence)
    {
        var own = evidence.MeanCapaian(worksheet.UnitCode);
        var peers = evidence.UnitKinds.Where(u => u.Value == worksheet.UnitKind && u.Key != worksheet.UnitCode)
            .Select(u => (Unit: u.Key, Mean: evidence.MeanCapaian(u.Key)))
            .Where(p => p.Mean is not null)
            .OrderBy(p => p.Unit, StringComparer.Ordinal)
            .ToList();
        if (own is null || peers.Count == 0)
        {
            var kind = KindName(worksheet.UnitKind);
            return (null, $"tidak ada unit {kind} lain dengan capaian Desember {worksheet.Year} untuk dibandingkan");
        }

        var beaten = peers.Count(p => own > p.Mean);
        var list = string.Join("; ", peers.Select(p => $"{p.Unit} {Percent(p.Mean!.Value)}"));
        return ((decimal)beaten / peers.Count,
            $"rata-rata capaian {Percent(own.Value)}, di atas {beaten} dari {peers.Count} unit {KindName(worksheet.UnitKind)} lain "
            + $"({list})");
    }

    // The answer of the same family (Y/T or letters) whose worth is nearest the share.
    private static string Nearest(Rubric rubric, string? answered, decimal share)
    {
        var yesNo = answered is "Y" or "T" or "YA" or "TIDAK";
        return rubric.Answers
            .Where(a => (a.Key is "Y" or "T") == yesNo && a.Key is not ("YA" or "TIDAK"))
            .MinBy(a => Math.Abs(a.Value - share)).Key;
    }

    private static string Percent(decimal value) => IndonesianFormat.Percent(value);

    // The reference writes unit kinds in lower case; UPTD is an acronym.
    private static string KindName(string kind) => kind.Equals("uptd", StringComparison.OrdinalIgnoreCase) ? "UPTD" : kind;
}
