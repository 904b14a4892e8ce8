using System.Reflection;

namespace Bocage.Architecture.Tests;

public sealed class DependencyRulesTests
{
    [Fact]
    public void The_kernel_depends_on_no_engine_and_not_on_the_host()
    {
        var kernel = typeof(Bocage.Kernel.KernelModule).Assembly;

        Assert.All(
            kernel.GetReferencedAssemblies().Where(a => a.Name!.StartsWith("Bocage.", StringComparison.Ordinal)),
            a => Assert.StartsWith("Bocage.Kernel", a.Name!, StringComparison.Ordinal)
        );
        Assert.All(Projects.References(Repository.PathOf("src/Bocage.Kernel/Bocage.Kernel.csproj")), r =>
            Assert.Equal("Bocage.Kernel.Contracts", r)
        );
    }

    [Fact]
    public void Engines_reference_only_the_kernel_its_shared_ui_and_contracts()
    {
        var engines = Projects.Engines();
        Assert.Contains(engines, p => Projects.NameOf(p) == "Bocage.Procedures");
        string[] kernel = ["Bocage.Kernel", "Bocage.Kernel.Web", "Bocage.Kernel.Contracts"];

        foreach (var engine in engines)
        {
            var bad = Projects
                .References(engine)
                .Where(r => !kernel.Contains(r) && !r.EndsWith(".Contracts", StringComparison.Ordinal));
            Assert.True(
                !bad.Any(),
                $"{Projects.NameOf(engine)} references {string.Join(", ", bad)}: "
                    + "engines talk through Contracts projects only"
            );
        }
    }

    [Fact]
    public void Contracts_hold_no_database_or_web_code_and_reference_only_contracts()
    {
        var contracts = Projects.All().Where(Projects.IsContracts).ToList();
        Assert.Contains(contracts, p => Projects.NameOf(p) == "Bocage.Payments.Contracts");

        foreach (var project in contracts)
        {
            Assert.All(Projects.References(project), r => Assert.EndsWith(".Contracts", r, StringComparison.Ordinal));
            Assert.Empty(Projects.Packages(project));
            var assembly = Assembly.Load(Projects.NameOf(project));
            Assert.DoesNotContain(assembly.GetReferencedAssemblies(), a =>
                a.Name!.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)
                || a.Name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)
            );
        }
    }

    [Fact]
    public void An_engine_shows_nothing_public_but_its_module_class()
    {
        foreach (var engine in Projects.Engines())
        {
            var assembly = Assembly.Load(Projects.NameOf(engine));
            var exported = assembly.GetExportedTypes().Select(t => t.FullName!).ToList();
            Assert.Equal([$"{Projects.NameOf(engine)}.{Projects.EngineName(engine)}Module"], exported);
        }
    }

    [Fact]
    public void Migrations_reference_no_host()
    {
        foreach (
            var project in Projects
                .All()
                .Where(p => Projects.NameOf(p).StartsWith("Bocage.Migrations.", StringComparison.Ordinal))
        )
        {
            Assert.DoesNotContain("Bocage.Web", Projects.References(project));
        }
    }

    [Fact]
    public void Every_engine_context_has_migrations_for_both_databases()
    {
        using var app = new Bocage.Testing.BocageFactory(Bocage.Kernel.Data.DatabaseProvider.Sqlite).With(
            "Database:SeedDemo",
            "false"
        );
        var contexts = app
            .Services.GetServices<Bocage.Kernel.Data.EngineContextType>()
            .Select(c => c.Type)
            .Distinct()
            .ToList();
        Assert.NotEmpty(contexts);

        foreach (var assemblyName in new[] { "Bocage.Migrations.Sqlite", "Bocage.Migrations.Postgres" })
        {
            var assembly = Assembly.Load(assemblyName);
            var covered = assembly
                .GetTypes()
                .Where(t => t.IsSubclassOf(typeof(Microsoft.EntityFrameworkCore.Migrations.Migration)))
                .Select(t =>
                    t.GetCustomAttributes(
                            typeof(Microsoft.EntityFrameworkCore.Infrastructure.DbContextAttribute),
                            false
                        )
                        .Cast<Microsoft.EntityFrameworkCore.Infrastructure.DbContextAttribute>()
                        .Single()
                        .ContextType
                )
                .ToHashSet();
            foreach (var context in contexts)
            {
                Assert.True(covered.Contains(context), $"{assemblyName} has no migration for {context.Name}");
            }
        }
    }
}
