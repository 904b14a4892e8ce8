using System.Text.Json;

namespace Bocage.Places.Domain.Companies;

/// <summary>
/// A company's proposed change to its own entry in the directory: it waits for an agent of the place's commune,
/// who approves it (applied to the place) or refuses it with a reason. Kept afterwards as the entry's history.
/// </summary>
internal sealed class PlaceChange
{
    public const int ReasonMaxLength = 1000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private PlaceChange() { }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid PlaceId { get; private set; }

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

    public void Approve(string agentId, DateTime nowUtc) => Decide(PlaceChangeStatus.Approved, agentId, "", nowUtc);

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
