using Bocage.Kernel.Companies;
using Bocage.Kernel.Data;
using Bocage.Kernel.Mandates;
using Bocage.Kernel.Permissions;
using Bocage.Kernel.Time;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Kernel.Accounts;

/// <summary>
/// Accounts, their sessions and the data-protection key ring (shared by every app node, so that a
/// cookie issued by one node is read by another).
/// </summary>
public sealed class AccountsDb(DbContextOptions<AccountsDb> options)
    : IdentityUserContext<Account>(options),
        IDataProtectionKeyContext
{
    public const string SchemaName = "accounts";

    public DbSet<AccountSession> Sessions => Set<AccountSession>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Grant> Grants => Set<Grant>();

    public DbSet<Mandate> Mandates => Set<Mandate>();
    public DbSet<Company> Companies => Set<Company>();

    public DbSet<CompanyMember> CompanyMembers => Set<CompanyMember>();

    public DbSet<CompanyInvitation> CompanyInvitations => Set<CompanyInvitation>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<IdentityUserClaim<string>>().ToTable("user_claims");
        builder.Entity<IdentityUserLogin<string>>().ToTable("user_logins");
        builder.Entity<IdentityUserToken<string>>().ToTable("user_tokens");
        builder.Entity<IdentityUserPasskey<string>>().ToTable("user_passkeys");
        builder.Entity<Account>(e =>
        {
            e.ToTable("users");
            e.Property(a => a.GivenName).HasMaxLength(100);
            e.Property(a => a.FamilyName).HasMaxLength(100);
            // Existing accounts were all written to in French.
            e.Property(a => a.PreferredLanguage).HasMaxLength(5).HasDefaultValue(SupportedCultures.Default);
            e.Ignore(a => a.DisplayName);
        });
        builder.Entity<AccountSession>(e =>
        {
            e.ToTable("sessions");
            e.HasKey(s => s.Id);
            e.HasIndex(s => s.AccountId);
            e.Property(s => s.AccountId).HasMaxLength(450);
            e.Property(s => s.Device).HasMaxLength(200);
            e.Ignore(s => s.IsActive);
        });
        builder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
        builder.Entity<Grant>(e =>
        {
            e.ToTable("grants");
            e.HasKey(g => g.Id);
            e.HasIndex(g => new { g.AccountId, g.Permission });
            e.Property(g => g.AccountId).HasMaxLength(450);
            e.Property(g => g.Permission).HasMaxLength(100);
            e.Property(g => g.CommuneInsee).HasMaxLength(5);
            e.Property(g => g.OrganisationSlug).HasMaxLength(120);
            e.Property(g => g.GrantedBy).HasMaxLength(200);
            e.Ignore(g => g.Scope);
        });
        builder.Entity<Mandate>(e =>
        {
            e.ToTable("mandates");
            e.HasKey(m => m.Id);
            e.HasIndex(m => m.PersonId);
            e.HasIndex(m => m.MediatorId);
            e.Property(m => m.PersonId).HasMaxLength(450);
            e.Property(m => m.MediatorId).HasMaxLength(450);
            e.Property(m => m.Scopes).HasMaxLength(200);
            e.Ignore(m => m.ScopeList);
        });
        CompaniesModel.Configure(builder);
        EngineModel.Separate(builder, SchemaName, Database.IsNpgsql());
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        EngineModel.StoreTimesAsUtc(configurationBuilder);
}
