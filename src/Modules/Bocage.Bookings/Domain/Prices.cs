namespace Bocage.Bookings.Domain;

/// <summary>A resource's prices per audience, in cents; 0 means free for that audience.</summary>
internal sealed record Prices(long Inhabitant, long Outsider, long Association, long Company)
{
    public static readonly Prices Free = new(0, 0, 0, 0);

    public bool Any => Inhabitant > 0 || Outsider > 0 || Association > 0 || Company > 0;

    public long For(Audience audience) =>
        audience switch
        {
            Audience.Outsider => Outsider,
            Audience.Association => Association,
            Audience.Company => Company,
            _ => Inhabitant,
        };
}
