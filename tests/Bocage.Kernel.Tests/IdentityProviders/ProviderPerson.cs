namespace Bocage.Kernel.Tests.IdentityProviders;

/// <summary>The person the provider vouches for at its next authorization request.</summary>
public sealed record ProviderPerson(string Subject, string GivenName, string FamilyName, string Birthdate, string Email)
{
    public static ProviderPerson New(string givenName = "Louise", string familyName = "Dubois")
    {
        var id = Guid.NewGuid().ToString("N");
        return new ProviderPerson($"sub-{id}", givenName, familyName, "1984-03-17", $"personne.{id[..12]}@fc.example");
    }
}
