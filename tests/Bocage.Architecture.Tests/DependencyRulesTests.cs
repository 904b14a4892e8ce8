using System.Xml.Linq;

namespace Bocage.Architecture.Tests;

public sealed class DependencyRulesTests
{
    private static IEnumerable<string> ProjectReferences(string csproj) =>
        XDocument.Load(csproj).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')));

    [Fact]
    public void The_kernel_depends_on_no_engine_and_not_on_the_host()
    {
        var kernel = typeof(Bocage.Kernel.KernelModule).Assembly;

        Assert.DoesNotContain(kernel.GetReferencedAssemblies(), a => a.Name!.StartsWith("Bocage.", StringComparison.Ordinal));
        Assert.Empty(ProjectReferences(Repository.PathOf("src/Bocage.Kernel/Bocage.Kernel.csproj")));
    }

    [Fact]
    public void Engines_reference_the_kernel_only_and_migrations_reference_no_host()
    {
        var projects = Repository.Files("src", "*.csproj").ToList();
        Assert.Contains(projects, p => p.EndsWith("Bocage.Web.csproj", StringComparison.Ordinal));

        foreach (var project in projects)
        {
            var name = Path.GetFileNameWithoutExtension(project);
            var references = ProjectReferences(project).ToList();
            var isEngine = Repository.Relative(project).StartsWith($"src{Path.DirectorySeparatorChar}Modules", StringComparison.Ordinal);
            if (isEngine)
            {
                Assert.True(references.All(r => r == "Bocage.Kernel"), $"{name} references {string.Join(", ", references)}: engines talk through kernel contracts only");
            }
            if (name.StartsWith("Bocage.Migrations.", StringComparison.Ordinal))
            {
                Assert.DoesNotContain("Bocage.Web", references);
            }
        }
    }

    [Fact]
    public void Every_engine_context_has_migrations_for_both_databases()
    {
        using var app = new Bocage.Testing.BocageFactory(Bocage.Kernel.Data.DatabaseProvider.Sqlite).With("Database:SeedDemo", "false");
        var contexts = app.Services.GetServices<Bocage.Kernel.Data.EngineContextType>().Select(c => c.Type).Distinct().ToList();
        Assert.NotEmpty(contexts);

        foreach (var assemblyName in new[] { "Bocage.Migrations.Sqlite", "Bocage.Migrations.Postgres" })
        {
            var assembly = System.Reflection.Assembly.Load(assemblyName);
            var covered = assembly.GetTypes()
                .Where(t => t.IsSubclassOf(typeof(Microsoft.EntityFrameworkCore.Migrations.Migration)))
                .Select(t => t.GetCustomAttributes(typeof(Microsoft.EntityFrameworkCore.Infrastructure.DbContextAttribute), false)
                    .Cast<Microsoft.EntityFrameworkCore.Infrastructure.DbContextAttribute>().Single().ContextType)
                .ToHashSet();
            foreach (var context in contexts)
            {
                Assert.True(covered.Contains(context), $"{assemblyName} has no migration for {context.Name}");
            }
        }
    }
}
