namespace SakipAnalytics.Model.Errors;

/// <summary>The root of the exceptions this product throws on purpose; each says what to do.</summary>
public abstract class SakipException : Exception
{
    protected SakipException(string message)
        : base(message)
    {
    }

    protected SakipException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
