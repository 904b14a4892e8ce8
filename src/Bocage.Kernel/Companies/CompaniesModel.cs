using Microsoft.EntityFrameworkCore;

namespace Bocage.Kernel.Companies;

/// <summary>How companies, their members and invitations are stored in the accounts database.</summary>
internal static class CompaniesModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<Company>(e =>
        {
            e.ToTable("companies");
            e.HasKey(c => c.Id);
            e.Property(c => c.Id).ValueGeneratedNever();
            e.HasIndex(c => c.Siret).IsUnique();
            e.Property(c => c.Siret).HasMaxLength(14);
            e.Property(c => c.LegalName).HasMaxLength(200);
            e.Ignore(c => c.IsClosed);
            e.Ignore(c => c.IsVerified);
            e.Property(c => c.Proof).HasConversion<string>().HasMaxLength(20);
            e.Property(c => c.LetterCodeHash).HasMaxLength(64);
            // The agents' list of companies waiting for their proof.
            e.HasIndex(c => c.VerifiedAt);
            e.HasMany(c => c.Members).WithOne().HasForeignKey(m => m.CompanyId).OnDelete(DeleteBehavior.Cascade);
            e.Navigation(c => c.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        builder.Entity<CompanyMember>(e =>
        {
            e.ToTable("company_members");
            e.HasKey(m => m.Id);
            // The id is set in code: a member added to a loaded company must be inserted, not taken for an existing
            // row.
            e.Property(m => m.Id).ValueGeneratedNever();
            // One company per account: keeps "my company" unambiguous, and refuses a double join at once.
            e.HasIndex(m => m.AccountId).IsUnique();
            e.Property(m => m.AccountId).HasMaxLength(450);
            e.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
            e.Ignore(m => m.IsOwner);
        });
        builder.Entity<CompanyInvitation>(e =>
        {
            e.ToTable("company_invitations");
            e.HasKey(i => i.Id);
            e.Property(i => i.Id).ValueGeneratedNever();
            e.HasIndex(i => i.TokenHash).IsUnique();
            e.HasIndex(i => i.Email);
            e.Property(i => i.Email).HasMaxLength(254);
            e.Property(i => i.TokenHash).HasMaxLength(64);
            e.HasOne<Company>().WithMany().HasForeignKey(i => i.CompanyId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
