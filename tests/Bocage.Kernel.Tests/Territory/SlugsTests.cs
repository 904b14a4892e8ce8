using Bocage.Kernel.Territory;

namespace Bocage.Kernel.Tests.Territory;

public sealed class SlugsTests
{
    [Theory]
    [InlineData("Trélon", "trelon")]
    [InlineData("Eppe-Sauvage", "eppe-sauvage")]
    [InlineData("Moustier-en-Fagne", "moustier-en-fagne")]
    [InlineData("Féron", "feron")]
    [InlineData("  Salle des fêtes / Anor  ", "salle-des-fetes-anor")]
    public void Turns_a_name_into_a_readable_address_part(string name, string expected) =>
        Assert.Equal(expected, Slugs.From(name));
}
