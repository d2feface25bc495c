using System.Globalization;
using ComplianceHub.Domain.Labels;
using ComplianceHub.Domain.Time;
using ComplianceHub.Domain.Validation;
using ComplianceHub.Server.Http;

namespace ComplianceHub.Server.Labels;

/// <summary>Checks a label batch request field by field; every error names its JSON path.</summary>
public static class LabelBatchValidator
{
    public const int MaxIdLength = FieldRules.MaxIdLength;

    public const int MaxFieldLength = 256;

    private static readonly DateOnly Earliest = new(2000, 1, 1);

    public static bool Validate(LabelBatchRequest request, DateTimeOffset now, ProblemErrors errors, out DateOnly date)
    {
        date = default;
        errors.Add(FieldRules.CheckId(request.BatchId, "batchId", "批次号"));

        var today = ChinaTime.DateOf(now);
        if (!DateOnly.TryParseExact(request.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            errors.Add("date", "日期格式为 yyyy-MM-dd (date must be yyyy-MM-dd)");
        }
        else if (date > today || date < Earliest)
        {
            errors.Add("date", $"日期须在 {Earliest:yyyy-MM-dd} 至今天之间 (date must be between {Earliest:yyyy-MM-dd} and today, China time)");
        }

        if (request.Printed is not { } printed || printed < 0 || printed > LabelVolume.MaxPrintedPerDay)
        {
            errors.Add("printed", $"打印量必填，0–{LabelVolume.MaxPrintedPerDay:N0} (printed is required, 0 to {LabelVolume.MaxPrintedPerDay:N0})");
        }
        else if (request.Samples is { } samples && samples.Count > printed)
        {
            errors.Add("samples", $"样本数 {samples.Count} 多于打印量 {printed} (more samples than waybills printed)");
        }

        if (request.Masked is not { } masked || masked < 0)
        {
            errors.Add("masked", "隐私面单量必填且不能为负 (masked is required and non-negative)");
        }
        else if (request.Printed is { } total && masked > total)
        {
            errors.Add("masked", "隐私面单量不能超过打印量 (masked cannot exceed printed)");
        }

        ValidateSamples(request.Samples, errors);
        return !errors.Any;
    }

    private static void ValidateSamples(IReadOnlyList<LabelSampleRequest?>? samples, ProblemErrors errors)
    {
        if (samples is null)
        {
            errors.Add("samples", "样本必填，可为空数组 (samples is required; it may be empty)");
            return;
        }

        if (samples.Count > LabelOptions.MaxSamplesPerBatch)
        {
            errors.Add("samples", $"每批最多 {LabelOptions.MaxSamplesPerBatch} 条样本 (at most {LabelOptions.MaxSamplesPerBatch} samples per batch)");
            return;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < samples.Count; i++)
        {
            var path = $"samples[{i}]";
            if (samples[i] is not { } sample)
            {
                errors.Add(path, "样本不能为空 (sample cannot be null)");
                continue;
            }

            if (FieldRules.CheckText(sample.Id, $"{path}.id", "样本编号", MaxIdLength) is { } idError)
            {
                errors.Add(idError);
            }
            else if (!ids.Add(sample.Id!))
            {
                errors.Add($"{path}.id", "样本编号在批次内重复 (duplicate sample id in this batch)");
            }

            CheckField(sample.Name, $"{path}.name", errors);
            CheckField(sample.Phone, $"{path}.phone", errors);
            CheckField(sample.Address, $"{path}.address", errors);
            if (sample.Party is not null && !WaybillParties.TryParse(sample.Party, out _))
            {
                errors.Add($"{path}.party", "主体类型须为 person 或 organization (party must be person or organization)");
            }
        }
    }

    private static void CheckField(string? value, string path, ProblemErrors errors)
    {
        if (value is null)
        {
            return;
        }

        if (value.Length > MaxFieldLength)
        {
            errors.Add(path, $"超过 {MaxFieldLength} 字符 (longer than {MaxFieldLength} characters)");
        }
        else if (TextRules.HasControlCharacters(value))
        {
            errors.Add(path, "含控制字符 (contains control characters)");
        }
    }
}
