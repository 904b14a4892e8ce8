using Bocage.Kernel.Territory;

namespace Bocage.Kernel.Tests.Territory;

public sealed class FrenchOrderTests
{
    [Fact]
    public void Sorts_names_as_a_French_reader_expects() =>
        Assert.Equal(
            ["Eppe-Sauvage", "Féron", "Fourmies", "Trélon", "Willies"],
            new[] { "Fourmies", "Willies", "Féron", "Trélon", "Eppe-Sauvage" }.ByName(n => n)
        );
}
