using Microsoft.AspNetCore.Http.HttpResults;

namespace ComplianceHub.Server.Http;

/// <summary>Either a parsed body or the problem response that explains why there is none.</summary>
public sealed class BodyResult<T>
    where T : class
{
    private BodyResult(T? value, IResult? problem)
    {
        Value = value;
        Problem = problem;
    }

    public T? Value { get; }

    public IResult? Problem { get; }

    public static BodyResult<T> Ok(T value) => new(value, null);

    public static BodyResult<T> Fail(IResult problem) => new(null, problem);

    public static BodyResult<T> Invalid(string path, string message)
    {
        var errors = new ProblemErrors();
        errors.Add(path, message);
        return Fail(errors.ToProblem());
    }
}
