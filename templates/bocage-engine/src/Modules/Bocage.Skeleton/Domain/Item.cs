namespace Bocage.Skeleton.Domain;

/// <summary>
/// The example entity of a new engine: rename it for the domain (Session, Resource, Proposal…).
/// Its rules live in its methods, so that pages and APIs cannot bypass them.
/// </summary>
internal sealed class Item
{
    public const int NameMaxLength = 200;

    private Item() { }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public string Name { get; private set; } = "";

    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>A new item; the name is trimmed and must fit its column.</summary>
    public static Item Create(string name, DateTime nowUtc)
    {
        name = name.Trim();
        if (name.Length is 0 or > NameMaxLength)
        {
            throw new ArgumentException($"An item's name has 1 to {NameMaxLength} characters.", nameof(name));
        }
        return new Item { Name = name, CreatedAtUtc = nowUtc };
    }
}
