using SakipAnalytics.Ingest.Layout;

namespace SakipAnalytics.Ingest.Lke;

/// <summary>The columns of an LKE evaluation worksheet.</summary>
public static class LkeLayout
{
    public static readonly Column Number = new("No", true);
    public static readonly Column Title = new("Komponen / Sub Komponen / Kriteria", true, "Komponen/Sub Komponen/Kriteria", "Uraian");
    public static readonly Column Weight = new("Bobot (%)", true, "Bobot");
    public static readonly Column Answer = new("Jawaban", true);
    public static readonly Column Value = new("Nilai", false);
    public static readonly Column Catatan = new("Catatan Evaluator", false, "Catatan");

    public static readonly HeaderLayout Layout = new("LKE", [Number, Title, Weight, Answer, Value, Catatan]);
}
