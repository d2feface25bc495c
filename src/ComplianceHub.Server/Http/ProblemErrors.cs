using ComplianceHub.Domain.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ComplianceHub.Server.Http;

/// <summary>Collects field errors so one 400 names every bad field at once, not just the first.</summary>
public sealed class ProblemErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
    }

    /// <summary>Adds a domain rule's error, if it found one.</summary>
    public void Add(FieldError? error)
    {
        if (error is not null)
        {
            Add(error.Field, error.Message);
        }
    }

    public void AddRange(IEnumerable<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var error in errors)
        {
            Add(error);
        }
    }

    public ValidationProblem ToProblem() => TypedResults.ValidationProblem(
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray()),
        title: "请求数据无效 (invalid request)",
        detail: string.Join("; ", _errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
}
