using Bocage.Kernel.Audit;

namespace Bocage.Kernel.Tests.Audit;

public sealed class AuditEntryTests
{
    private static AuditEntry Entry(string details = "") =>
        new(
            new DateTime(2026, 11, 29, 10, 0, 0, DateTimeKind.Utc),
            "agent:42",
            null,
            "procedures.file.accept",
            "file:CCSA-2026-000123",
            "59249",
            details
        );

    [Fact]
    public void Same_content_after_same_predecessor_gives_the_same_hash()
    {
        var a = Entry();
        var b = Entry();
        a.Chain(AuditEntry.GenesisHash);
        b.Chain(AuditEntry.GenesisHash);

        Assert.Equal(a.Hash, b.Hash);
        Assert.Equal(64, a.Hash.Length);
    }

    [Fact]
    public void Changing_a_field_or_the_predecessor_changes_the_hash()
    {
        var original = Entry();
        original.Chain(AuditEntry.GenesisHash);
        var edited = Entry("autre");
        edited.Chain(AuditEntry.GenesisHash);
        var moved = Entry();
        moved.Chain(new string('1', 64));

        Assert.NotEqual(original.Hash, edited.Hash);
        Assert.NotEqual(original.Hash, moved.Hash);
    }
}
