namespace ComplianceHub.Domain.Validation;

/// <summary>What personal data <see cref="PersonalData.Find"/> recognised in a piece of text.</summary>
public enum PersonalDataKind
{
    None,

    /// <summary>A mainland mobile number (11 digits, 1[3-9]…), possibly spaced, full-width or with +86.</summary>
    MobileNumber,

    /// <summary>An 18-character resident identity number with a valid GB 11643-1999 check character.</summary>
    IdentityNumber,
}
