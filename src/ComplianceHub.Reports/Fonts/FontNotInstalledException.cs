namespace ComplianceHub.Reports.Fonts;

/// <summary>The CJK font reports are set in is not installed on this machine.</summary>
public sealed class FontNotInstalledException : Exception
{
    public const string DebianPackage = "fonts-noto-cjk";

    public FontNotInstalledException(string family)
        : base($"未找到报告字体 {family}（请安装 Debian 软件包 {DebianPackage}：apt-get install -y {DebianPackage}）/ " +
               $"font '{family}' not found: install the Debian package '{DebianPackage}'.")
    {
        Family = family;
    }

    public FontNotInstalledException()
        : this("Noto Sans CJK SC")
    {
    }

    public FontNotInstalledException(string message, Exception innerException)
        : base(message, innerException)
    {
        Family = "Noto Sans CJK SC";
    }

    public string Family { get; }
}
