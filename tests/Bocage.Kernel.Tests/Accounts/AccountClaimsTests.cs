using System.Security.Claims;
using Bocage.Kernel.Accounts;
using Bocage.Kernel.Audit;

namespace Bocage.Kernel.Tests.Accounts;

public sealed class AccountClaimsTests
{
    private static ClaimsPrincipal SignedIn(string id) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, id)], "Identity.Application"));

    [Fact]
    public void A_signed_in_account_is_read_from_its_name_identifier()
    {
        Assert.Equal("a1", SignedIn("a1").AccountId());
        Assert.Equal("a1", SignedIn("a1").RequiredAccountId());
    }

    [Fact]
    public void A_visitor_has_no_account_even_with_a_stray_claim()
    {
        var stray = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "a1")]));

        Assert.Null(stray.AccountId());
        Assert.Null(new ClaimsPrincipal(new ClaimsIdentity()).AccountId());
        Assert.Throws<InvalidOperationException>(() => stray.RequiredAccountId());
    }

    [Fact]
    public void An_account_is_named_one_way_in_the_audit_log_and_read_back()
    {
        Assert.Equal("account:a1", AuditActor.Of("a1"));
        Assert.Equal("account:a1", AuditActor.Of(SignedIn("a1")));
        Assert.Equal("a1", AuditActor.AccountIdOf("account:a1"));
        Assert.Null(AuditActor.AccountIdOf(AuditActor.Seed));
        Assert.Null(AuditActor.AccountIdOf("suivi"));
        Assert.Throws<InvalidOperationException>(() => AuditActor.Of(new ClaimsPrincipal(new ClaimsIdentity())));
    }
}
