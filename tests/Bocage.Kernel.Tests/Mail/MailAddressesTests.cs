using Bocage.Kernel.Mail;

namespace Bocage.Kernel.Tests.Mail;

public sealed class MailAddressesTests
{
    [Theory]
    [InlineData("jean.dupont@fourmies.fr", "jean.dupont@fourmies.fr")]
    [InlineData("accueil+demandes@cc-sudavesnois.fr", "accueil+demandes@cc-sudavesnois.fr")]
    [InlineData("  marie@example.org ", "marie@example.org")]
    public void Accepts_a_bare_address_and_trims_it(string input, string expected)
    {
        Assert.True(MailAddresses.TryNormalize(input, out var normalized));
        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("")]
    [InlineData("jean")]
    [InlineData("jean@")]
    [InlineData("@fourmies.fr")]
    [InlineData("jean@fourmies")]
    [InlineData("jean@fourmies..fr")]
    [InlineData("jean@-fourmies.fr")]
    [InlineData("jean@@fourmies.fr")]
    [InlineData("jean dupont@fourmies.fr")]
    [InlineData("Jean Dupont <jean@fourmies.fr>")]
    [InlineData("jean@fourmies.fr, paul@fourmies.fr")]
    [InlineData("jean@fourmies.fr\r\nBcc: tout-le-monde@example.org")]
    public void Refuses_what_is_not_one_deliverable_address(string input)
    {
        Assert.False(MailAddresses.IsValid(input));
    }

    [Fact]
    public void Refuses_null()
    {
        Assert.False(MailAddresses.IsValid(null));
    }
}
