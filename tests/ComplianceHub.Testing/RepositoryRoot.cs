namespace ComplianceHub.Testing;

/// <summary>The repository's root (where ComplianceHub.sln is), found from the test binaries upward.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "ComplianceHub.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"找不到仓库根目录 (no ComplianceHub.sln above {AppContext.BaseDirectory}).");
    }
}
