using SakipAnalytics.Model.Analysis;
using SakipAnalytics.Model.Formatting;

namespace SakipAnalytics.Dashboards.Html;

/// <summary>A unit's monthly report in words: on time, late by how many days, corrected, rejected or missing.</summary>
internal static class ReportingText
{
    /// <summary>The badge of the unit table's report column; colour and words agree.</summary>
    public static string Badge(UnitStanding unit)
    {
        ArgumentNullException.ThrowIfNull(unit);

        var status = unit.Timeliness switch
        {
            null when unit.SourceFile is null => Html.Badge.Of("Belum melapor", Tone.Bad),
            null => Html.Badge.Of("Sudah melapor", Tone.Good),
            { Status: ReportTimeliness.Rejected } => Html.Badge.Of("Ditolak, belum diperbaiki", Tone.Bad),
            { IsMissing: true } => Html.Badge.Of("Belum melapor", Tone.Bad),
            { IsLate: true, DaysLate: var days } => Html.Badge.Of($"Terlambat {days} hari", Tone.Warning),
            _ => Html.Badge.Of("Tepat waktu", Tone.Good),
        };
        return unit.Timeliness is { Corrections: > 0 and var corrections }
            ? $"{status} {Html.Badge.Of($"Dikoreksi {corrections}×", Tone.Neutral)}"
            : status;
    }

    /// <summary>When the report counts as sent, against the deadline, and the file it came in.</summary>
    public static string Explain(UnitStanding unit)
    {
        ArgumentNullException.ThrowIfNull(unit);

        if (unit.Timeliness is not { } timeliness)
            return unit.SourceFile is { } file ? $"Sumber: {file}" : "Belum ada file capaian";

        var deadline = $"batas {IndonesianFormat.Date(timeliness.Deadline)}";
        var sent = timeliness.ReportedOn is { } on ? $"Dikirim {IndonesianFormat.Date(on)}, {deadline}" : $"Belum ada laporan; {deadline}";
        var corrections = timeliness.Corrections > 0 ? $"; dikoreksi {timeliness.Corrections} kali" : "";
        return $"{sent}{corrections}" + (unit.SourceFile is { } source ? $"\nSumber: {source}" : "");
    }
}
