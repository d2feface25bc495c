namespace ComplianceHub.Cli;

/// <summary>Process exit codes shared by every command, so scripts can tell findings from failures.</summary>
internal static class ExitCodes
{
    /// <summary>The command did all it was asked; findings (e.g. label violations) are reported, not failed on.</summary>
    public const int Ok = 0;

    /// <summary>The hub failed (5xx) or could not be reached; the same command may succeed later.</summary>
    public const int Failed = 1;

    /// <summary>The input (file, line or arguments) could not be read as specified.</summary>
    public const int BadInput = 2;

    /// <summary><c>chub report verify</c>: the file is not the report the hub issued under that id.</summary>
    public const int NotVerified = 3;
}
