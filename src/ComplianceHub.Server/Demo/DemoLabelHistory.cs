using System.Globalization;
using ComplianceHub.Domain.Labels;
using ComplianceHub.Server.Labels;

namespace ComplianceHub.Server.Demo;

/// <summary>
/// Thirty days of print batches per demo enterprise, made deterministically from the enterprise id and
/// the date, so that seeding again replays the same batch ids and counts nothing twice. Names, phones
/// and addresses are synthetic (random digits, common surnames); they go through the same edge check
/// as real submissions and are kept only as shapes and fingerprints.
/// </summary>
public static class DemoLabelHistory
{
    public const int Days = 30;

    public const int SamplesPerBatch = 20;

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "欧阳"];
    private static readonly string[] Streets = ["人民路", "中山南路", "建国路", "迎宾大道", "解放路"];

    /// <param name="quietDays">The last this many days have no batch (Yuyao's cloud warehouse went quiet: 数据报送中断).</param>
    public static IEnumerable<LabelBatchRequest> For(string enterpriseId, int serial, DateOnly today, int quietDays = 0)
    {
        var profile = DemoLabelProfile.For(serial);
        for (var back = Days - 1; back >= quietDays; back--)
        {
            var date = today.AddDays(-back);
            var random = new Random(StableSeed(enterpriseId) ^ date.DayNumber);
            var printed = random.Next(800, 4_000);
            var masked = (long)printed * profile.DeclaredPercent / 100;
            var samples = Enumerable.Range(0, SamplesPerBatch)
                .Select(i => Sample(random, i, random.Next(100) < profile.CompliantPercent))
                .ToList();
            var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            yield return new LabelBatchRequest($"demo-{day}", day, printed, masked, samples);
        }
    }

    private static LabelSampleRequest? Sample(Random random, int index, bool compliant)
    {
        var surname = Surnames[random.Next(Surnames.Length)];
        var digits = string.Create(CultureInfo.InvariantCulture, $"1{random.Next(30, 99)}{random.Next(0, 100_000_000):D8}");
        var street = string.Create(CultureInfo.InvariantCulture, $"{Streets[random.Next(Streets.Length)]}{random.Next(1, 2000)}号{random.Next(1, 30)}幢");
        var id = string.Create(CultureInfo.InvariantCulture, $"s{index:D2}");
        if (compliant)
        {
            return new(id, surname + "*", digits[..3] + "******" + digits[9..], street + "****");
        }

        // The last sample of a batch, when it fails, prints the sender's identity number after the address
        // (ID_NUMBER_PRINTED): a synthetic number (Yiwu's division code, a made-up birth date, digits drawn above)
        // with a valid GB 11643 check character. No further random draw, so the other samples are unchanged.
        if (index == SamplesPerBatch - 1)
        {
            var body = "33078219900307" + digits[8..11];
            return new(id, surname + "*", digits[..3] + "******" + digits[9..], $"{street}**** {body}{ResidentIdNumbers.CheckCharacter(body)}");
        }

        // One rule broken per violating sample, in rotation, so the violation mix shows all three codes.
        return (random.Next(3)) switch
        {
            0 => new(id, surname + "小明", digits[..3] + "******" + digits[9..], street + "****"),
            1 => new(id, surname + "*", digits[..3] + "****" + digits[7..], street + "****"),
            _ => new(id, surname + "*", digits[..3] + "******" + digits[9..],
                string.Create(CultureInfo.InvariantCulture, $"{street}{random.Next(1, 6)}单元{random.Next(101, 3302)}室")),
        };
    }

    // string.GetHashCode is randomised per process; the demo must replay the same batches.
    private static int StableSeed(string value)
    {
        var hash = 17;
        foreach (var c in value)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash;
    }
}
