using Bocage.Kernel.Companies;

namespace Bocage.Kernel.Tests.Companies;

/// <summary>The rules of proving a company: a letter's code, or an agent on a document.</summary>
public sealed class CompanyVerificationTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    private static Company Registered()
    {
        Assert.True(Siret.TryParse("73282932000074", out var siret));
        return Company.Register(siret, "Ateliers du Bocage", "owner", Now);
    }

    [Fact]
    public void A_registered_company_is_not_verified()
    {
        var company = Registered();

        Assert.False(company.IsVerified);
        Assert.Equal(CompanyProof.None, company.Proof);
    }

    [Fact]
    public void The_letter_code_typed_back_in_any_form_verifies_the_company_once()
    {
        var company = Registered();
        var code = company.IssueLetterCode(Now).Value!;
        Assert.Equal(10, code.Length);
        Assert.DoesNotContain(code, c => "01ILO".Contains(c));

        var typed = " " + Company.FormatCode(code).ToLowerInvariant() + " ";
        Assert.True(company.ConfirmLetterCode("owner", typed, Now.AddDays(3)).Succeeded);

        Assert.True(company.IsVerified);
        Assert.Equal(CompanyProof.Letter, company.Proof);
        Assert.Null(company.LetterCodeHash);
        Assert.Equal(CompanyError.AlreadyVerified, company.ConfirmLetterCode("owner", code, Now.AddDays(4)).Error);
    }

    [Fact]
    public void Only_the_hash_of_the_code_is_kept()
    {
        var company = Registered();
        var code = company.IssueLetterCode(Now).Value!;

        Assert.Equal(Company.HashOfCode(code), company.LetterCodeHash);
        Assert.DoesNotContain(code, company.LetterCodeHash!, StringComparison.Ordinal);
    }

    [Fact]
    public void Five_wrong_codes_stop_the_letter_even_for_the_right_code()
    {
        var company = Registered();
        var code = company.IssueLetterCode(Now).Value!;

        for (var i = 1; i < Company.MaxCodeAttempts; i++)
        {
            Assert.Equal(CompanyError.CodeWrong, company.ConfirmLetterCode("owner", "AAAAA-AAAAA", Now).Error);
        }
        Assert.Equal(CompanyError.CodeExhausted, company.ConfirmLetterCode("owner", "AAAAA-AAAAA", Now).Error);
        Assert.Equal(CompanyError.CodeExhausted, company.ConfirmLetterCode("owner", code, Now).Error);
        Assert.False(company.IsVerified);

        // A new letter starts again.
        var again = company.IssueLetterCode(Now).Value!;
        Assert.True(company.ConfirmLetterCode("owner", again, Now).Succeeded);
    }

    [Fact]
    public void A_code_after_two_months_or_from_a_stranger_or_before_any_letter_is_refused()
    {
        var company = Registered();
        Assert.Equal(CompanyError.CodeMissing, company.ConfirmLetterCode("owner", "ABCDE23456", Now).Error);
        var code = company.IssueLetterCode(Now).Value!;

        Assert.Equal(CompanyError.NotMember, company.ConfirmLetterCode("stranger", code, Now).Error);
        Assert.Equal(
            CompanyError.CodeExpired,
            company.ConfirmLetterCode("owner", code, Now + Company.LetterValidity).Error
        );
        Assert.False(company.IsVerified);
    }

    [Fact]
    public void An_agent_validates_only_on_a_document_sent_by_a_member()
    {
        var company = Registered();
        Assert.Equal(CompanyError.ProofMissing, company.ValidateOnDocument(Now).Error);
        Assert.Equal(CompanyError.NotMember, company.SendProof("stranger", Guid.NewGuid(), Now).Error);

        var first = Guid.NewGuid();
        var second = Guid.NewGuid();
        Assert.Null(company.SendProof("owner", first, Now).Value);
        Assert.Equal(first, company.SendProof("owner", second, Now).Value);

        Assert.True(company.ValidateOnDocument(Now).Succeeded);
        Assert.Equal(CompanyProof.Document, company.Proof);
        Assert.Equal(second, company.ProofFileId);
        Assert.Equal(CompanyError.AlreadyVerified, company.IssueLetterCode(Now).Error);
    }
}
