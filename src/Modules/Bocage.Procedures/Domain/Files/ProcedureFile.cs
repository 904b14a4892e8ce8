using Bocage.Kernel.Time;
using Bocage.Procedures.Domain.Answers;
using Bocage.Procedures.Domain.Definitions;

namespace Bocage.Procedures.Domain.Files;

/// <summary>
/// A file (dossier): one person's application to one version of a procedure, from draft to decision.
/// Every change renews <see cref="Stamp"/>, the optimistic concurrency token: of two agents acting on
/// the same file at once, the second is told and nothing is overwritten.
/// </summary>
internal sealed partial class ProcedureFile
{
    public Guid Id { get; private set; } = Guid.NewGuid();

    /// <summary><c>CCSA-2026-000123</c>, given at submission; null for a draft.</summary>
    public string? Number { get; private set; }

    public Guid ProcedureId { get; private set; }

    public Guid VersionId { get; private set; }

    /// <summary>
    /// Commune the file belongs to (the procedure's, else the applicant's address): agents are scoped by it.
    /// </summary>
    public string? CommuneInsee { get; private set; }

    public string? ApplicantAccountId { get; private set; }

    public Guid? CompanyId { get; private set; }

    /// <summary>The mediator who started the file for the applicant under a mandate.</summary>
    public string? MediatorAccountId { get; private set; }

    public string ApplicantEmail { get; private set; } = "";

    /// <summary>
    /// The language the applicant was browsing in when starting the file: their mails are written in it when they
    /// have no account (an account's own preference wins).
    /// </summary>
    public string ApplicantLanguage { get; private set; } = SupportedCultures.Default;

    /// <summary>Hash of the tracking code given to an applicant without an account.</summary>
    public string? TrackingCodeHash { get; private set; }

    public string AnswersJson { get; private set; } = "{}";

    /// <summary>Lower-cased text of the answers and number, for the inbox's full-text search.</summary>
    public string SearchText { get; private set; } = "";

    public string StateKey { get; private set; } = DefaultWorkflow.Draft;

    public StateKind StateKind { get; private set; } = StateKind.Draft;

    /// <summary>Agent account id or organisation slug (<c>org:slug</c>) the file is assigned to.</summary>
    public string? Assignee { get; private set; }

    /// <summary>Inputs the applicant may change while the file waits for them (JSON array of field keys).</summary>
    public string ReopenedJson { get; private set; } = "[]";

    public Guid? InvoiceId { get; private set; }

    public string? PaymentPath { get; private set; }

    public long? PaymentCents { get; private set; }

    public bool PaymentSettled { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public DateTime? SubmittedAt { get; private set; }

    public DateTime? DecidedAt { get; private set; }

    public Guid Stamp { get; private set; } = Guid.NewGuid();

    public List<FileRevision> Revisions { get; private set; } = [];

    public List<FileEvent> Events { get; private set; } = [];

    private ProcedureFile() { }

    public static ProcedureFile Start(
        Guid procedureId,
        Guid versionId,
        string? communeInsee,
        Applicant applicant,
        DateTime nowUtc
    ) =>
        new()
        {
            ProcedureId = procedureId,
            VersionId = versionId,
            CommuneInsee = communeInsee,
            ApplicantAccountId = applicant.AccountId,
            CompanyId = applicant.CompanyId,
            MediatorAccountId = applicant.MediatorId,
            ApplicantEmail = applicant.Email,
            ApplicantLanguage = applicant.Language,
            TrackingCodeHash = applicant.TrackingCode is null ? null : TrackingCodes.Hash(applicant.TrackingCode),
            CreatedAt = nowUtc,
            UpdatedAt = nowUtc,
        };

    public bool IsDraft => StateKind == StateKind.Draft;

    public AnswerSet Answers => AnswerSet.FromJson(AnswersJson);

    public IReadOnlyList<string> Reopened =>
        System.Text.Json.JsonSerializer.Deserialize<List<string>>(ReopenedJson) ?? [];

    /// <summary>A draft's answers, saved as typed on every page.</summary>
    public bool SaveDraft(AnswerSet answers, DateTime nowUtc)
    {
        if (!IsDraft)
        {
            return false;
        }
        SetAnswers(answers, nowUtc);
        return true;
    }

    /// <summary>
    /// Submits a checked draft: number, first revision, history; the caller saves it in one transaction with the
    /// receipt event.
    /// </summary>
    public void Submit(string number, AnswerSet clean, WorkflowDefinition workflow, string actor, DateTime nowUtc)
    {
        Number = number;
        // An intercommunal procedure's file belongs to the commune of the applicant's address, for the agents' scope.
        CommuneInsee ??= clean
            .Values.FirstOrDefault(kv => kv.Key.EndsWith(".commune", StringComparison.Ordinal))
            .Value?.FirstOrDefault();
        SetAnswers(clean, nowUtc);
        SubmittedAt = nowUtc;
        var state = workflow.States.Single(s => s.Key == workflow.SubmittedState);
        Events.Add(FileEvent.Transition(Id, actor, DefaultWorkflow.Draft, state.Key, "", nowUtc));
        MoveTo(state, nowUtc);
        AddRevision(clean, actor, nowUtc);
    }

    /// <summary>
    /// The applicant's answer to a request for documents: only reopened inputs change, stored as a new revision. The
    /// file goes back to <paramref name="resume"/>, the state the request was made from, so that the agent decides
    /// from there (« Accepter ») without a step of their own; the « compléments reçus » line comes last.
    /// </summary>
    public void Complete(AnswerSet clean, string actor, DateTime nowUtc, WorkflowState? resume)
    {
        SetAnswers(clean, nowUtc);
        ReopenedJson = "[]";
        AddRevision(clean, actor, nowUtc);
        if (resume is not null && resume.Key != StateKey)
        {
            Events.Add(FileEvent.Transition(Id, actor, StateKey, resume.Key, "", nowUtc));
            MoveTo(resume, nowUtc);
        }
        Events.Add(FileEvent.Note(Id, actor, FileEventKind.Completed, "", nowUtc));
    }

    public void MoveTo(WorkflowState state, DateTime nowUtc)
    {
        StateKey = state.Key;
        StateKind = state.Kind;
        if (state.Kind is StateKind.Accepted or StateKind.Refused or StateKind.Closed)
        {
            DecidedAt = nowUtc;
        }
        Touch(nowUtc);
    }

    public void Reopen(IEnumerable<string> fields, DateTime nowUtc)
    {
        ReopenedJson = System.Text.Json.JsonSerializer.Serialize(fields.Distinct().ToList());
        Touch(nowUtc);
    }

    public void AssignTo(string? assignee, DateTime nowUtc)
    {
        Assignee = assignee;
        Touch(nowUtc);
    }

    public void AskPayment(Guid invoiceId, string paymentPath, long cents, DateTime nowUtc)
    {
        InvoiceId = invoiceId;
        PaymentPath = paymentPath;
        PaymentCents = cents;
        Touch(nowUtc);
    }

    /// <summary>True the first time only: a settled event delivered twice changes nothing.</summary>
    public bool SettlePayment(DateTime nowUtc)
    {
        if (PaymentSettled)
        {
            return false;
        }
        PaymentSettled = true;
        Touch(nowUtc);
        return true;
    }

    /// <summary>Erasure: the file is kept for the legal retention, without who applied.</summary>
    public void Anonymise(DateTime nowUtc)
    {
        ApplicantAccountId = null;
        MediatorAccountId = null;
        ApplicantEmail = "";
        TrackingCodeHash = null;
        Touch(nowUtc);
    }

    public void Touch(DateTime nowUtc)
    {
        UpdatedAt = nowUtc;
        Stamp = Guid.NewGuid();
    }

    private void SetAnswers(AnswerSet answers, DateTime nowUtc)
    {
        AnswersJson = answers.ToJson();
        SearchText = SearchTexts.Of(Number, answers);
        Touch(nowUtc);
    }

    private void AddRevision(AnswerSet answers, string actor, DateTime nowUtc) =>
        Revisions.Add(new FileRevision(Id, Revisions.Count + 1, answers.ToJson(), actor, nowUtc));
}

/// <summary>
/// Who applies: an account (maybe through a mediator, maybe for a company) or an e-mail with a tracking code; and the
/// language of the page they started from.
/// </summary>
internal sealed record Applicant(
    string? AccountId,
    string Email,
    Guid? CompanyId = null,
    string? MediatorId = null,
    string? TrackingCode = null,
    string Language = SupportedCultures.Default
);
