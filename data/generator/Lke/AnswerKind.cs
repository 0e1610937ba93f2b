namespace SakipAnalytics.DataGenerator.Lke;

/// <summary>How a criterion is answered: yes/no, or a grade from A to E.</summary>
public enum AnswerKind
{
    YaTidak,
    Huruf,
}
