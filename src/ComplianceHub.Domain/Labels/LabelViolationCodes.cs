using System.Collections.ObjectModel;

namespace ComplianceHub.Domain.Labels;

/// <summary>The stable codes under which label violations are reported, stored and counted.</summary>
public static class LabelViolationCodes
{
    public const string NameVisible = "NAME_VISIBLE";
    public const string PhoneUnderMasked = "PHONE_UNDER_MASKED";
    public const string AddressRoomVisible = "ADDRESS_ROOM_VISIBLE";
    public const string IdNumberPrinted = "ID_NUMBER_PRINTED";

    private const int Combinations = 16;

    // Every combination's code list is built once: a batch of a million labels asks a million times.
    private static readonly ReadOnlyCollection<string>[] ByFlags = BuildAll();

    /// <summary>Every code, in rule order.</summary>
    public static IReadOnlyList<string> All { get; } = [NameVisible, PhoneUnderMasked, AddressRoomVisible, IdNumberPrinted];

    /// <summary>The codes set in <paramref name="violations"/>, in rule order (name, phone, address, identity number).</summary>
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
            IdNumberPrinted => LabelViolations.IdNumberPrinted,
            _ => LabelViolations.None,
        };
        return violation != LabelViolations.None;
    }

    private static ReadOnlyCollection<string>[] BuildAll()
    {
        var all = new ReadOnlyCollection<string>[Combinations];
        for (var flags = 0; flags < Combinations; flags++)
        {
            var codes = new List<string>(4);
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

            if ((flags & (int)LabelViolations.IdNumberPrinted) != 0)
            {
                codes.Add(IdNumberPrinted);
            }

            all[flags] = codes.AsReadOnly();
        }

        return all;
    }
}
