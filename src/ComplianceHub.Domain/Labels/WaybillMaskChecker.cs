namespace ComplianceHub.Domain.Labels;

/// <summary>
/// Checks one printed waybill party (sender or recipient) against the masking obligations of
/// GB/T 41833-2022《快递电子运单》. Pure and allocation-free: it runs on every sampled label, so each
/// field is read once, as a span, with no regex and no string built.
/// An empty (or null) field prints nothing and so breaks nothing.
/// </summary>
public static class WaybillMaskChecker
{
    public static LabelViolations Check(ReadOnlySpan<char> name, ReadOnlySpan<char> phone, ReadOnlySpan<char> address)
    {
        var violations = LabelViolations.None;
        if (IsNameVisible(name))
        {
            violations |= LabelViolations.NameVisible;
        }

        if (IsPhoneUnderMasked(phone))
        {
            violations |= LabelViolations.PhoneUnderMasked;
        }

        if (IsAddressRoomVisible(address))
        {
            violations |= LabelViolations.AddressRoomVisible;
        }

        return violations;
    }

    /// <summary>NAME_VISIBLE: some character shows and none is masked; a surname with 先生/女士/小姐 counts as masked.</summary>
    public static bool IsNameVisible(ReadOnlySpan<char> name) => NameMaskRule.IsVisible(name);

    /// <summary>PHONE_UNDER_MASKED: fewer than six digits hidden; a virtual number (…转ext) always passes.</summary>
    public static bool IsPhoneUnderMasked(ReadOnlySpan<char> phone) => PhoneMaskRule.IsUnderMasked(phone);

    /// <summary>ADDRESS_ROOM_VISIBLE: a unit, household or room number can be read.</summary>
    public static bool IsAddressRoomVisible(ReadOnlySpan<char> address) => AddressRoomRule.IsRoomVisible(address);
}
