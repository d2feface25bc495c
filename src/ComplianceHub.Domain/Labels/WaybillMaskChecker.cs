namespace ComplianceHub.Domain.Labels;

/// <summary>
/// Checks one printed waybill party (sender or recipient) against the masking obligations of
/// GB/T 41833-2022《快递电子运单》 and the rule that a waybill carries no identity number. Pure and
/// allocation-free: it runs on every sampled label, so each field is read once, as a span, with no regex and
/// no string built. An empty (or null) field prints nothing and so breaks nothing.
/// </summary>
public static class WaybillMaskChecker
{
    /// <summary>A person's printed party (the default).</summary>
    public static LabelViolations Check(ReadOnlySpan<char> name, ReadOnlySpan<char> phone, ReadOnlySpan<char> address) =>
        Check(name, phone, address, WaybillParty.Person);

    /// <summary>
    /// A declared organisation's name and phone are not personal information and are not checked, unless the
    /// name contains no organisation word (then it is checked as a person's). The address is always checked,
    /// and an identity number is a violation in any field, whoever the party is.
    /// </summary>
    public static LabelViolations Check(ReadOnlySpan<char> name, ReadOnlySpan<char> phone, ReadOnlySpan<char> address, WaybillParty party)
    {
        var violations = LabelViolations.None;
        var asPerson = party != WaybillParty.Organization || !OrganisationNames.HasOrganisationWord(name);
        if (asPerson && IsNameVisible(name))
        {
            violations |= LabelViolations.NameVisible;
        }

        if (asPerson && IsPhoneUnderMasked(phone))
        {
            violations |= LabelViolations.PhoneUnderMasked;
        }

        if (IsAddressRoomVisible(address))
        {
            violations |= LabelViolations.AddressRoomVisible;
        }

        if (IdNumberRule.Contains(address) || IdNumberRule.Contains(name) || IdNumberRule.Contains(phone))
        {
            violations |= LabelViolations.IdNumberPrinted;
        }

        return violations;
    }

    /// <summary>NAME_VISIBLE: some character shows and none is masked; a surname alone or with 先生/女士/小姐 counts as masked.</summary>
    public static bool IsNameVisible(ReadOnlySpan<char> name) => NameMaskRule.IsVisible(name);

    /// <summary>PHONE_UNDER_MASKED: fewer than six digits hidden; a virtual number (…转ext) always passes.</summary>
    public static bool IsPhoneUnderMasked(ReadOnlySpan<char> phone) => PhoneMaskRule.IsUnderMasked(phone);

    /// <summary>ADDRESS_ROOM_VISIBLE: a unit, household or room number can be read.</summary>
    public static bool IsAddressRoomVisible(ReadOnlySpan<char> address) => AddressRoomRule.IsRoomVisible(address);

    /// <summary>ID_NUMBER_PRINTED: a resident identity number (GB 11643 check character, or the 15-digit legacy form) is printed.</summary>
    public static bool IsIdNumberPrinted(ReadOnlySpan<char> field) => IdNumberRule.Contains(field);
}
