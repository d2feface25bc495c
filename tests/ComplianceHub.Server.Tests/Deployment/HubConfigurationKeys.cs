using System.Reflection;
using System.Text.RegularExpressions;
using ComplianceHub.Grains.Compliance;
using ComplianceHub.Storage.Hosting;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Identity.Web;

namespace ComplianceHub.Server.Tests.Deployment;

/// <summary>
/// What configuration the hub reads, found in its own code rather than listed here: every options class with a
/// <c>SectionName</c> (its properties, nested), every constant configuration key such as <c>Reports:BaseUrl</c>, and
/// the <c>AzureAd</c> section Microsoft.Identity.Web binds onto its options and the JWT bearer options.
/// </summary>
public static partial class HubConfigurationKeys
{
    private static readonly Assembly[] HubAssemblies =
    [
        typeof(Program).Assembly, typeof(ComplianceOptions).Assembly, typeof(StorageOptions).Assembly,
        typeof(ComplianceHub.Domain.Rollups.InspectionPriorityOptions).Assembly,
    ];

    private static readonly Dictionary<string, Type[]> Sections = FindSections();

    private static readonly HashSet<string> ConstantKeys = HubAssemblies.SelectMany(a => a.GetTypes())
        .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .Where(v => KeyShape().IsMatch(v))
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="key"/> (<c>A:B:C</c>) names a setting the hub binds or reads.</summary>
    public static bool IsRead(string key)
    {
        if (ConstantKeys.Contains(key))
        {
            return true;
        }

        var segments = key.Split(':');
        return Sections.TryGetValue(segments[0], out var types) && types.Any(t => Resolves(t, segments.AsSpan(1)));
    }

    private static bool Resolves(Type type, ReadOnlySpan<string> path)
    {
        if (path.IsEmpty)
        {
            return true;
        }

        // Below a dictionary or a list any key is data, not a property name.
        if (type != typeof(string) && type.IsAssignableTo(typeof(System.Collections.IEnumerable)))
        {
            return true;
        }

        var property = type.GetProperty(path[0], BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        return property is { CanWrite: true } && Resolves(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType, path[1..]);
    }

    private static Dictionary<string, Type[]> FindSections()
    {
        var sections = HubAssemblies.SelectMany(a => a.GetTypes())
            .Select(t => (Type: t, Field: t.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)))
            .Where(x => x.Field is { IsLiteral: true })
            .GroupBy(x => (string)x.Field!.GetRawConstantValue()!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Type).ToArray(), StringComparer.OrdinalIgnoreCase);
        sections["AzureAd"] = [typeof(MicrosoftIdentityOptions), typeof(JwtBearerOptions)];
        return sections;
    }

    [GeneratedRegex("^[A-Z][A-Za-z]+(:[A-Z][A-Za-z]+)+$")]
    private static partial Regex KeyShape();
}
