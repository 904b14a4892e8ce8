using Bocage.Kernel.Companies;

namespace Bocage.Kernel.Tests.Companies;

public sealed class CompanyRulesTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    private static Company Registered(string owner = "owner")
    {
        Assert.True(Siret.TryParse("73282932000074", out var siret));
        return Company.Register(siret, "  Ateliers \r\n du   Bocage ", owner, Now);
    }

    /// <summary>A company with its owner and members who joined one day apart, in the order given.</summary>
    private static Company WithMembers(params string[] members)
    {
        var company = Registered();
        var day = 1;
        foreach (var member in members)
        {
            var invitation = company.Invite("owner", $"{member}@exemple.fr", Now).Value!.Invitation;
            Assert.True(company.Accept(invitation, member, $"{member}@exemple.fr", Now.AddDays(day++)).Succeeded);
        }
        return company;
    }

    [Fact]
    public void The_account_that_registers_becomes_the_only_owner()
    {
        var company = Registered("alice");

        var owner = Assert.Single(company.Members);
        Assert.Equal("alice", owner.AccountId);
        Assert.Equal(CompanyRole.Owner, owner.Role);
        Assert.Equal("73282932000074", company.Siret);
        Assert.Equal("Ateliers du Bocage", company.LegalName);
    }

    [Fact]
    public void Only_the_owner_invites()
    {
        var company = WithMembers("bob");

        Assert.Equal(CompanyError.NotOwner, company.Invite("bob", "carla@exemple.fr", Now).Error);
        Assert.Equal(CompanyError.NotMember, company.Invite("stranger", "carla@exemple.fr", Now).Error);
        var issued = company.Invite("owner", " Carla@Exemple.fr ", Now);
        Assert.True(issued.Succeeded);
        Assert.Equal("carla@exemple.fr", issued.Value!.Invitation.Email);
        Assert.Equal(Now.AddDays(7), issued.Value.Invitation.ExpiresAt);
        Assert.Equal(CompanyInvitation.HashOf(issued.Value.Token), issued.Value.Invitation.TokenHash);
        Assert.DoesNotContain(issued.Value.Token, issued.Value.Invitation.TokenHash);
    }

    [Fact]
    public void An_invitation_works_once_for_the_invited_address()
    {
        var company = Registered();
        var invitation = company.Invite("owner", "carla@exemple.fr", Now).Value!.Invitation;

        Assert.Equal(
            CompanyError.InvitationForAnotherAddress,
            company.Accept(invitation, "mallory", "mallory@exemple.fr", Now).Error
        );
        Assert.True(company.Accept(invitation, "carla", "CARLA@exemple.fr", Now.AddHours(1)).Succeeded);
        Assert.Equal(
            CompanyError.InvitationUsed,
            company.Accept(invitation, "carla2", "carla@exemple.fr", Now.AddHours(2)).Error
        );

        var member = company.MemberOf("carla");
        Assert.Equal(CompanyRole.Member, member!.Role);
        Assert.Equal(Now.AddHours(1), member.JoinedAt);
        Assert.Equal(2, company.Members.Count);
    }

    [Fact]
    public void An_invitation_expires_after_seven_days()
    {
        var company = Registered();
        var late = company.Invite("owner", "carla@exemple.fr", Now).Value!.Invitation;
        var justInTime = company.Invite("owner", "dan@exemple.fr", Now).Value!.Invitation;

        Assert.Equal(
            CompanyError.InvitationExpired,
            company.Accept(late, "carla", "carla@exemple.fr", Now.AddDays(7)).Error
        );
        Assert.True(company.Accept(justInTime, "dan", "dan@exemple.fr", Now.AddDays(7).AddSeconds(-1)).Succeeded);
        Assert.Null(company.MemberOf("carla"));
    }

    [Fact]
    public void Another_companys_invitation_does_not_open_this_one()
    {
        var company = Registered();
        var other = Registered("other-owner");
        var invitation = other.Invite("other-owner", "carla@exemple.fr", Now).Value!.Invitation;

        Assert.Equal(
            CompanyError.InvitationInvalid,
            company.Accept(invitation, "carla", "carla@exemple.fr", Now).Error
        );
        Assert.Null(company.MemberOf("carla"));
    }

    [Fact]
    public void A_member_invited_again_is_told_they_already_belong()
    {
        var company = WithMembers("bob");
        var again = company.Invite("owner", "bob@exemple.fr", Now).Value!.Invitation;

        Assert.Equal(CompanyError.AlreadyMember, company.Accept(again, "bob", "bob@exemple.fr", Now).Error);
        Assert.Equal(2, company.Members.Count);
    }

    [Fact]
    public void The_owner_removes_members_but_a_member_removes_nobody()
    {
        var company = WithMembers("bob", "carla");

        Assert.Equal(CompanyError.NotOwner, company.Remove("bob", "carla").Error);
        Assert.Equal(CompanyError.CannotTargetSelf, company.Remove("owner", "owner").Error);
        Assert.Equal(CompanyError.NoSuchMember, company.Remove("owner", "stranger").Error);
        Assert.True(company.Remove("owner", "carla").Succeeded);

        Assert.Null(company.MemberOf("carla"));
        Assert.Equal(["owner", "bob"], company.Members.Select(m => m.AccountId));
    }

    [Fact]
    public void The_only_owner_cannot_leave_while_others_remain()
    {
        var company = WithMembers("bob");

        Assert.Equal(CompanyError.OnlyOwner, company.Leave("owner").Error);
        Assert.True(company.IsOwner("owner"));
        Assert.True(company.Leave("bob").Succeeded);
        Assert.Equal(CompanyError.NotMember, company.Leave("bob").Error);
    }

    [Fact]
    public void The_last_member_leaving_closes_the_company()
    {
        var company = Registered();

        Assert.True(company.Leave("owner").Succeeded);

        Assert.True(company.IsClosed);
    }

    [Fact]
    public void The_owner_transfers_ownership_and_may_then_leave()
    {
        var company = WithMembers("bob");

        Assert.Equal(CompanyError.NotOwner, company.TransferOwnership("bob", "bob").Error);
        Assert.Equal(CompanyError.NoSuchMember, company.TransferOwnership("owner", "stranger").Error);
        Assert.True(company.TransferOwnership("owner", "bob").Succeeded);

        Assert.True(company.IsOwner("bob"));
        Assert.Equal(CompanyRole.Member, company.MemberOf("owner")!.Role);
        Assert.Equal(CompanyError.NotOwner, company.Remove("owner", "bob").Error);
        Assert.True(company.Leave("owner").Succeeded);
        Assert.Equal(["bob"], company.Members.Select(m => m.AccountId));
    }

    [Fact]
    public void When_the_only_owner_is_erased_the_longest_standing_member_takes_over()
    {
        var company = WithMembers("bob", "carla");

        var next = company.HandOver("owner");

        Assert.Equal("bob", next!.AccountId);
        Assert.True(company.IsOwner("bob"));
        Assert.False(company.IsOwner("carla"));
        Assert.Null(company.MemberOf("owner"));
    }

    [Fact]
    public void An_erased_member_just_goes_and_the_owner_stays()
    {
        var company = WithMembers("bob", "carla");

        Assert.Null(company.HandOver("bob"));

        Assert.True(company.IsOwner("owner"));
        Assert.Equal(["owner", "carla"], company.Members.Select(m => m.AccountId));
    }

    [Fact]
    public void When_the_only_member_is_erased_the_company_closes()
    {
        var company = Registered();

        Assert.Null(company.HandOver("owner"));

        Assert.True(company.IsClosed);
    }
}
