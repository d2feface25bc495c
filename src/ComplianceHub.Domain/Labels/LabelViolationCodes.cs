using System.Collections.ObjectModel;

namespace ComplianceHub.Domain.Labels;

/// <summary>The stable codes under which label violations are reported, stored and counted.</summary>
public static class LabelViolationCodes
{
    public const string NameVisible = "NAME_VISIBLE";
    public const string PhoneUnderMasked = "PHONE_UNDER_MASKED";
    public const string AddressRoomVisible = "ADDRESS_ROOM_VISIBLE";

    private const int Combinations = 8;

    // Every combination's code list is built once: a batch of a million labels asks a million times.
    private static readonly ReadOnlyCollection<string>[] ByFlags = BuildAll();

    /// <summary>The codes set in <paramref name="violations"/>, in rule order (name, phone, address).</summary>
    public static IReadOnlyList<string> ToCodes(LabelViolations violations) =>
        ByFlags[(int)violations & (Combinations - 1)];

    /// <summary>Parses one code (exact, case-sensitive) into its flag.</summary>
    public static bool TryParse(string? code, out LabelViolations violation)
    {
        violation = code switch
        {
            NameVisible => LabelViolations.NameVisible,
            PhoneUnderMasked => LabelViolations.PhoneUnderMasked,
            AddressRoomVisible => LabelViolations.AddressRoomVisible,
            _ => LabelViolations.None,
        };
        return violation != LabelViolations.None;
    }

    private static ReadOnlyCollection<string>[] BuildAll()
    {
        var all = new ReadOnlyCollection<string>[Combinations];
        for (var flags = 0; flags < Combinations; flags++)
        {
            var codes = new List<string>(3);
            if ((flags & (int)LabelViolations.NameVisible) != 0)
            {
                codes.Add(NameVisible);
            }

            if ((flags & (int)LabelViolations.PhoneUnderMasked) != 0)
            {
                codes.Add(PhoneUnderMasked);
            }

            if ((flags & (int)LabelViolations.AddressRoomVisible) != 0)
            {
                codes.Add(AddressRoomVisible);
            }

            all[flags] = codes.AsReadOnly();
        }

        return all;
    }
}
