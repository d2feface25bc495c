using ComplianceHub.Abstractions.Enterprises;
using ComplianceHub.Domain.Divisions;
using ComplianceHub.Domain.Enterprises;
using ComplianceHub.Domain.Validation;
using ComplianceHub.Server.Http;

namespace ComplianceHub.Server.Enterprises;

/// <summary>Turns a registration request into a profile, or names every field that is wrong.</summary>
public static class EnterpriseRequestValidator
{
    public const int MaxNameLength = 100;

    public const int MaxBrandIdLength = 40;

    /// <summary>More individuals than this is a typing error, not a declaration (the whole world is ~8 billion).</summary>
    public const long MaxIndividualsProcessed = 10_000_000_000;

    /// <summary>PIPL took effect 2021-11-01; an officer filing or audit before 2000 is a typing error.</summary>
    private static readonly DateOnly EarliestDate = new(2000, 1, 1);

    public static EnterpriseProfile? Validate(RegisterEnterpriseRequest request, DateOnly today, ProblemErrors errors)
    {
        var name = request.Name?.Trim();
        errors.Add(FieldRules.CheckText(name, "name", "企业名称", MaxNameLength));

        var kindValid = EnterpriseKinds.TryParse(request.Kind, out var kind);
        if (!kindValid)
        {
            errors.Add("kind", "企业类型未知，可选 courier-outlet, cloud-warehouse, platform, terminal-station (unknown kind)");
        }

        DivisionCode division = default;
        if (!DivisionCatalog.Default.TryValidate(request.Division, out division, out var divisionError))
        {
            errors.Add("division", divisionError ?? "行政区划代码无效 (invalid division code)");
        }
        else if (division.Level is not (DivisionLevel.City or DivisionLevel.County))
        {
            errors.Add("division", "企业所在地须为市或县级行政区划代码 (division must be a city or county code)");
        }

        var brand = string.IsNullOrWhiteSpace(request.BrandId) ? null : request.BrandId.Trim();
        if (brand is not null && !IsBrandId(brand))
        {
            errors.Add("brandId", $"品牌标识只含小写字母、数字和 '-'，不超过 {MaxBrandIdLength} 字符 (brandId: lowercase letters, digits and '-')");
        }

        if (request.IndividualsProcessed is < 0 or > MaxIndividualsProcessed)
        {
            errors.Add("individualsProcessed", $"处理个人信息人数须在 0 到 {MaxIndividualsProcessed} 之间 (individualsProcessed must be 0 to {MaxIndividualsProcessed})");
        }

        ValidatePastDate(request.ProtectionOfficerFiledOn, "protectionOfficerFiledOn", today, errors);
        ValidatePastDate(request.LastComplianceAuditOn, "lastComplianceAuditOn", today, errors);

        return errors.Any
            ? null
            : new EnterpriseProfile(
                name!, kind, division.Value, brand, request.IndividualsProcessed,
                request.ProtectionOfficerFiledOn, request.LastComplianceAuditOn, request.CriticalInfrastructure ?? false,
                request.CentralStateBody ?? false);
    }

    private static void ValidatePastDate(DateOnly? date, string field, DateOnly today, ProblemErrors errors)
    {
        if (date is { } value && (value > today || value < EarliestDate))
        {
            errors.Add(field, $"日期须在 {EarliestDate:yyyy-MM-dd} 与今天之间 ({field} must be between {EarliestDate:yyyy-MM-dd} and today, China time)");
        }
    }

    internal static bool IsBrandId(string brand) =>
        brand.Length <= MaxBrandIdLength
        && (char.IsAsciiLetterLower(brand[0]) || char.IsAsciiDigit(brand[0]))
        && brand.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
