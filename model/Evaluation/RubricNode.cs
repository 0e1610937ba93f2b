namespace SakipAnalytics.Model.Evaluation;

/// <summary>
/// A component or sub-component of an LKE rubric. A node without parts is a sub-component: it
/// scores the mean of the worksheet's criteria under it times its weight, and carries the advice
/// a unit gets when it scores low there.
/// </summary>
/// <param name="Number">Its number in the worksheet tree: <c>1</c>, <c>1.a</c>, <c>1.a.2</c>.</param>
/// <param name="Title">Its name as the rubric gives it.</param>
/// <param name="Weight">Its weight in points of the total of 100.</param>
/// <param name="Parts">Its sub-components, or none for a sub-component.</param>
/// <param name="Advice">What a unit scoring low here should do, in Indonesian; for sub-components.</param>
public sealed record RubricNode(string Number, string Title, decimal Weight, IReadOnlyList<RubricNode> Parts, string? Advice)
{
    public bool IsSubComponent => Parts.Count == 0;

    public IEnumerable<RubricNode> SelfAndDescendants() => Parts.SelectMany(p => p.SelfAndDescendants()).Prepend(this);
}
