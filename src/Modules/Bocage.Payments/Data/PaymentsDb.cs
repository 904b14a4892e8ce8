using Bocage.Kernel.Data;
using Bocage.Kernel.Time;
using Bocage.Payments.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Payments.Data;

/// <summary>The Payments engine's tables, in schema <c>payments</c> (prefix <c>payments_</c> on SQLite).</summary>
internal sealed class PaymentsDb(DbContextOptions<PaymentsDb> options) : EngineDbContext(options)
{
    public const string SchemaName = "payments";

    public override string Schema => SchemaName;

    public DbSet<Regie> Regies => Set<Regie>();

    public DbSet<Invoice> Invoices => Set<Invoice>();

    public DbSet<PaymentAttempt> Attempts => Set<PaymentAttempt>();

    public DbSet<AttemptInvoice> AttemptInvoices => Set<AttemptInvoice>();

    public DbSet<Receipt> Receipts => Set<Receipt>();

    public DbSet<ReceiptCounter> ReceiptCounters => Set<ReceiptCounter>();

    public DbSet<NotificationLog> Notifications => Set<NotificationLog>();

    public DbSet<ImportJob> ImportJobs => Set<ImportJob>();

    public DbSet<ImportRefusal> ImportRefusals => Set<ImportRefusal>();

    protected override void ConfigureEngine(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Regie>(e =>
        {
            e.HasKey(r => r.Id);
            e.HasIndex(r => r.Code).IsUnique();
            e.Property(r => r.Code).HasMaxLength(12);
            e.Property(r => r.Name).HasMaxLength(200);
            e.Property(r => r.Numcli).HasMaxLength(6);
            e.Property(r => r.CommuneInsee).HasMaxLength(5);
            e.Property(r => r.AccountingReference).HasMaxLength(200);
            e.Ignore(r => r.Saisie);
        });
        modelBuilder.Entity<ReceiptCounter>(e =>
        {
            e.HasKey(c => new { c.RegieId, c.Year });
            e.Property(c => c.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<Invoice>(ConfigureInvoice);
        modelBuilder.Entity<PaymentAttempt>(e =>
        {
            e.HasKey(a => a.Id);
            e.HasIndex(a => a.IdOp).IsUnique();
            e.HasIndex(a => new { a.Status, a.CreatedAtUtc });
            e.Property(a => a.IdOp).HasMaxLength(64);
            e.Property(a => a.Refdet).HasMaxLength(30);
            e.Property(a => a.PayerEmail).HasMaxLength(254);
            // Attempts made before the language was kept had their receipts mailed in French.
            e.Property(a => a.PayerLanguage).HasMaxLength(5).HasDefaultValue(SupportedCultures.Default);
            e.Property(a => a.Resultrans).HasMaxLength(2);
            e.Property(a => a.Numauto).HasMaxLength(32);
            e.Property(a => a.Version).IsConcurrencyToken();
            e.Ignore(a => a.IsResolved);
            e.HasMany(a => a.Invoices).WithOne().HasForeignKey(i => i.AttemptId);
            e.Navigation(a => a.Invoices).HasField("_invoices");
        });
        modelBuilder.Entity<AttemptInvoice>(e =>
        {
            e.HasKey(i => new { i.AttemptId, i.InvoiceId });
            e.HasIndex(i => i.InvoiceId);
        });
        modelBuilder.Entity<Receipt>(e =>
        {
            e.HasKey(r => r.Id);
            e.HasIndex(r => new
                {
                    r.RegieId,
                    r.Year,
                    r.Number,
                })
                .IsUnique();
            e.HasIndex(r => r.AttemptId).IsUnique();
        });
        modelBuilder.Entity<NotificationLog>(e =>
        {
            e.HasKey(n => n.Id);
            e.HasIndex(n => n.IdOp);
            e.Property(n => n.IdOp).HasMaxLength(64);
            e.Property(n => n.Outcome).HasMaxLength(32);
            e.Property(n => n.Count).HasDefaultValue(1);
        });
        ImportJobConfiguration.Configure(modelBuilder);
    }

    private static void ConfigureInvoice(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<Invoice> e)
    {
        e.HasKey(i => i.Id);
        e.HasIndex(i => i.Reference).IsUnique();
        // NULLs are distinct on both databases: only invoices asked for by an engine are constrained.
        e.HasIndex(i => new { i.Origin, i.OriginReference }).IsUnique();
        e.HasIndex(i => i.PayerAccountId);
        e.HasIndex(i => new { i.RegieId, i.Status });
        e.Property(i => i.Reference).HasMaxLength(40);
        e.Property(i => i.PayerEmail).HasMaxLength(254);
        e.Property(i => i.PayerName).HasMaxLength(200);
        e.Property(i => i.Label).HasMaxLength(200);
        e.Property(i => i.CancelReason).HasMaxLength(500);
        e.Property(i => i.Origin).HasMaxLength(40);
        e.Property(i => i.OriginReference).HasMaxLength(100);
        e.Property(i => i.Version).IsConcurrencyToken();
        e.OwnsMany(
            i => i.Lines,
            l =>
            {
                l.ToTable("invoice_lines");
                l.WithOwner().HasForeignKey("InvoiceId");
                l.Property<int>("Id");
                l.HasKey("Id");
                l.Property(x => x.Label).HasMaxLength(200);
            }
        );
        e.Navigation(i => i.Lines).HasField("_lines");
    }
}
