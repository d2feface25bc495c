using System.Reflection;

namespace ComplianceHub.Cluster.Tests.Infrastructure;

/// <summary>Where the repository's built pieces are: the server binary of this configuration and the pinned Azurite.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Azurite => Path.Combine(Root, "deploy", "node_modules", ".bin", "azurite");

    /// <summary>The server built in the same configuration as this test assembly (Release in CI).</summary>
    public static string ServerDll
    {
        get
        {
            var configuration = typeof(Repository).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
            var dll = Path.Combine(Root, "src", "ComplianceHub.Server", "bin", configuration, "net10.0", "ComplianceHub.Server.dll");
            return File.Exists(dll) ? dll : throw new FileNotFoundException($"服务器未构建 (the server is not built): {dll}");
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ComplianceHub.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"找不到仓库根目录 (no ComplianceHub.sln above {AppContext.BaseDirectory}).");
    }
}
