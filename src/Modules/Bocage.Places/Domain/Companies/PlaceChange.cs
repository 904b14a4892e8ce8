using System.Text.Json;

namespace Bocage.Places.Domain.Companies;

/// <summary>
/// A company's proposed change to its own entry in the directory, or its proposal of that entry when the directory
/// has none with its SIRET (<see cref="IsNewEntry"/>): it waits for an agent of the place's commune, who approves it
/// (applied to the place, or the place created) or refuses it with a reason. Kept afterwards as the entry's history.
/// </summary>
internal sealed class PlaceChange
{
    public const int ReasonMaxLength = 1000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private PlaceChange() { }

    public Guid Id { get; private set; } = Guid.NewGuid();

    /// <summary>The place changed; for a new entry, empty until an agent approves it and the place exists.</summary>
    public Guid PlaceId { get; private set; }

    /// <summary>A company's proposal of its own entry, <see cref="ProposedEntry"/> a whole description.</summary>
    public bool IsNewEntry { get; private set; }

    /// <summary>A new entry not approved (yet): no place is made of it.</summary>
    public bool AwaitsItsPlace => IsNewEntry && PlaceId == Guid.Empty;

    /// <summary>The commune of a new entry, so that its agents decide; empty for a change (the place's own).</summary>
    public string CommuneInsee { get; private set; } = "";

    /// <summary>The company (kernel) whose SIRET is the place's.</summary>
    public Guid CompanyId { get; private set; }

    /// <summary>The member who proposed it; empty once their account is erased.</summary>
    public string AccountId { get; private set; } = "";

    /// <summary>The proposer's language when they sent it, for the answer's mail when the account has gone.</summary>
    public string Language { get; private set; } = "fr";

    /// <summary>The proposed <see cref="CompanyEdit"/> as JSON: one column whatever parts a company edits.</summary>
    public string ProposedJson { get; private set; } = "";

    public PlaceChangeStatus Status { get; private set; }

    public string Reason { get; private set; } = "";

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? DecidedAtUtc { get; private set; }

    public string DecidedBy { get; private set; } = "";

    public CompanyEdit Proposed => JsonSerializer.Deserialize<CompanyEdit>(ProposedJson, Json)!;

    public PlaceDetails ProposedEntry => JsonSerializer.Deserialize<PlaceDetails>(ProposedJson, Json)!;

    public static PlaceChange Propose(
        Guid placeId,
        Guid companyId,
        string accountId,
        string language,
        CompanyEdit edit,
        DateTime nowUtc
    ) =>
        new()
        {
            PlaceId = placeId,
            CompanyId = companyId,
            AccountId = accountId,
            Language = language,
            ProposedJson = JsonSerializer.Serialize(edit, Json),
            Status = PlaceChangeStatus.Pending,
            CreatedAtUtc = nowUtc,
        };

    /// <summary>A company's own entry, proposed: <paramref name="details"/> carry its SIRET.</summary>
    public static PlaceChange ProposeEntry(
        Guid companyId,
        string accountId,
        string language,
        PlaceDetails details,
        DateTime nowUtc
    ) =>
        new()
        {
            IsNewEntry = true,
            CommuneInsee = details.CommuneInsee,
            CompanyId = companyId,
            AccountId = accountId,
            Language = language,
            ProposedJson = JsonSerializer.Serialize(details, Json),
            Status = PlaceChangeStatus.Pending,
            CreatedAtUtc = nowUtc,
        };

    public void Approve(string agentId, DateTime nowUtc) => Decide(PlaceChangeStatus.Approved, agentId, "", nowUtc);

    /// <summary>The new entry approved: the place made of it is now the one this proposal belongs to.</summary>
    public void ApproveEntry(Guid placeId, string agentId, DateTime nowUtc)
    {
        Decide(PlaceChangeStatus.Approved, agentId, "", nowUtc);
        PlaceId = placeId;
    }

    public void Refuse(string agentId, string reason, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > ReasonMaxLength)
        {
            throw new ArgumentException("A refusal says why, in at most 1,000 characters.", nameof(reason));
        }
        Decide(PlaceChangeStatus.Refused, agentId, reason.Trim(), nowUtc);
    }

    public void Replace(DateTime nowUtc) => Decide(PlaceChangeStatus.Replaced, "", "", nowUtc);

    /// <summary>RGPD erasure: the change stays in the place's history without its author.</summary>
    public void Forget() => AccountId = "";

    private void Decide(PlaceChangeStatus status, string agentId, string reason, DateTime nowUtc)
    {
        if (Status != PlaceChangeStatus.Pending)
        {
            throw new InvalidOperationException("Only a pending change is decided.");
        }
        (Status, DecidedBy, Reason, DecidedAtUtc) = (status, agentId, reason, nowUtc);
    }
}
