using Bocage.Kernel.Mail;

namespace Bocage.Kernel.Tests.Mail;

public sealed class MailValidationTests
{
    private static readonly MailRequest Valid = new(
        "usager@example.org",
        "Votre demande a bien été reçue",
        "Bonjour",
        "procedures.demande-recue"
    );

    [Fact]
    public void A_complete_mail_passes_and_its_recipient_is_trimmed()
    {
        Assert.Equal(
            "usager@example.org",
            MailValidation.Check(Valid with { To = " usager@example.org " }, new MailOptions())
        );
    }

    [Fact]
    public void An_invalid_recipient_is_named_in_the_refusal()
    {
        var refusal = Assert.Throws<InvalidMailException>(() =>
            MailValidation.Check(Valid with { To = "usager.example.org" }, new MailOptions())
        );

        Assert.Contains("'usager.example.org' is not a valid e-mail address", refusal.Message);
    }

    [Theory]
    [InlineData("", "procedures.demande-recue")]
    [InlineData("Objet\r\nBcc: x@example.org", "procedures.demande-recue")]
    [InlineData("Objet", " ")]
    public void A_mail_without_a_proper_subject_or_category_is_refused(string subject, string category)
    {
        Assert.Throws<InvalidMailException>(() =>
            MailValidation.Check(Valid with { Subject = subject, Category = category }, new MailOptions())
        );
    }

    [Fact]
    public void Attachments_need_a_name_a_content_type_and_a_bounded_size()
    {
        var options = new MailOptions { MaxAttachmentBytes = 10 };

        Assert.Throws<InvalidMailException>(() =>
            MailValidation.Check(Valid with { Attachments = [new("", "application/pdf", [1])] }, options)
        );
        Assert.Throws<InvalidMailException>(() =>
            MailValidation.Check(Valid with { Attachments = [new("a.pdf", "pas un type", [1])] }, options)
        );
        Assert.Throws<InvalidMailException>(() =>
            MailValidation.Check(Valid with { Attachments = [new("a.pdf", "application/pdf", new byte[11])] }, options)
        );
        Assert.Equal(
            "usager@example.org",
            MailValidation.Check(Valid with { Attachments = [new("a.pdf", "application/pdf", new byte[10])] }, options)
        );
    }
}
