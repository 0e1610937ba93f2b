using SakipAnalytics.Model.Analysis.Lkjip;
using SakipAnalytics.Model.Formatting;

namespace SakipAnalytics.Reports.Lkjip;

/// <summary>
/// The sentences under the PK table: which version the capaian is measured against, every revised
/// indicator with its old and new target and the date, and the total indicative budget.
/// </summary>
internal static class AgreementText
{
    /// <summary>Which PK targets Bab III measures against; <paramref name="term"/> names the indicators the PK holds.</summary>
    public static string Versions(IReadOnlyList<AgreementLine> lines, int year, string term)
    {
        ArgumentNullException.ThrowIfNull(lines);

        var targeted = lines.Where(l => l.MurniTarget is not null || l.RevisedTarget is not null).ToList();
        var untargeted = lines.Except(targeted).Select(l => l.Code).ToList();
        var measured = targeted.Count == 0 ? null : Measured(targeted, year, term);
        var missing = untargeted.Count == 0
            ? null
            : $"Perjanjian Kinerja tersebut tidak memuat target {IndonesianList.Join(untargeted)}; capaiannya pada Bab III "
              + "dihitung terhadap target dalam laporan unit dan perlu diperiksa.";
        return string.Join(' ', new[] { measured, missing }.OfType<string>());
    }

    private static string Measured(List<AgreementLine> lines, int year, string term)
    {
        var revised = lines.Where(l => l.RevisedTarget is not null).ToList();
        if (revised.Count == 0)
            return $"Sepanjang tahun {year} tidak terdapat perubahan target {term} dalam Perjanjian Kinerja, sehingga "
                + $"capaian {term} pada Bab III diukur terhadap target PK Murni.";

        var basis = revised.Count == lines.Count
            ? "target PK Perubahan"
            : "target PK Perubahan untuk indikator tersebut dan terhadap target PK Murni untuk indikator lainnya";
        return $"Pada tahun {year}, Perjanjian Kinerja direvisi melalui PK Perubahan untuk {revised.Count} {term}, "
            + $"yaitu {IndonesianList.Join([.. revised.Select(Revision)])}. Capaian {term} pada Bab III diukur terhadap {basis}.";
    }

    public static string Budget(IReadOnlyList<AgreementLine> lines, int year)
    {
        ArgumentNullException.ThrowIfNull(lines);

        var missing = lines.Where(l => l.PaguIndikatif is null).Select(l => l.Code).ToList();
        if (missing.Count == lines.Count)
            return $"Pagu indikatif belum dicantumkan pada data Perjanjian Kinerja Tahun {year}.";

        var total = $"Jumlah pagu indikatif yang mendukung Perjanjian Kinerja Tahun {year} sebesar "
            + IndonesianFormat.Rupiah(AgreementTable.TotalPagu(lines));
        return missing.Count == 0
            ? total + "."
            : $"{total}, sedangkan pagu indikatif untuk {IndonesianList.Join(missing)} belum dicantumkan.";
    }

    private static string Revision(AgreementLine line)
    {
        if (line.Revisions.Count > 1)
            return $"{line.Code} {line.Name} {Steps(line)}";

        var change = line.MurniTarget is null
            ? $"dengan target {AgreementTargetText.WithSatuan(line.RevisedTarget, line.Satuan)}"
            : $"dari {AgreementTargetText.WithSatuan(line.MurniTarget, line.Satuan)} menjadi "
              + AgreementTargetText.WithSatuan(line.RevisedTarget, line.Satuan);
        var from = line.RevisedFrom is { } date ? $" yang berlaku sejak {IndonesianFormat.Date(date)}" : string.Empty;
        return $"{line.Code} {line.Name} {change}{from}";
    }

    /// <summary>Several revisions in one year, each with its date: "dari 20,5% menjadi 21% sejak 1 Juli 2025, lalu 20,8% ...".</summary>
    private static string Steps(AgreementLine line)
    {
        var steps = line.Revisions.Select(r =>
            $"{AgreementTargetText.WithSatuan(r.Target, line.Satuan)} sejak {IndonesianFormat.Date(r.From)}");
        var start = line.MurniTarget is null
            ? "menjadi"
            : $"dari {AgreementTargetText.WithSatuan(line.MurniTarget, line.Satuan)} menjadi";
        return $"{start} {string.Join(", lalu ", steps)}";
    }
}
