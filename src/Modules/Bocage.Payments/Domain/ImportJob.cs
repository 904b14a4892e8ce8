namespace Bocage.Payments.Domain;

/// <summary>
/// A CSV import of invoices, run in the background so that a large file never holds a request. Lines
/// are committed in batches together with the job's progress, so the page shows how far it went and a
/// resumed job starts after the last committed batch.
/// </summary>
internal sealed class ImportJob
{
    public Guid Id { get; private set; } = Guid.NewGuid();

    /// <summary>The agent who sent the file: the job acts within their régies, and only they see it.</summary>
    public string AgentId { get; private set; } = "";

    /// <summary>The uploaded file in the kernel's file store (scanned); removed once the job is over.</summary>
    public Guid FileId { get; private set; }

    public string FileName { get; private set; } = "";

    public ImportJobState State { get; private set; }

    public int TotalLines { get; private set; }

    public int LinesDone { get; private set; }

    public int Issued { get; private set; }

    public long IssuedCents { get; private set; }

    public int Refused { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? StartedAtUtc { get; private set; }

    /// <summary>
    /// Moved on by the running worker; a stale heartbeat means the worker died and another may resume.
    /// </summary>
    public DateTime? HeartbeatUtc { get; private set; }

    public DateTime? FinishedAtUtc { get; private set; }

    /// <summary>A text key saying why the job failed.</summary>
    public string? Error { get; private set; }

    /// <summary>Changes with every step: two workers that took the same job cannot both save it.</summary>
    public Guid Version { get; private set; } = Guid.NewGuid();

    public bool IsOver => State is ImportJobState.Done or ImportJobState.Failed;

    public int Percent => TotalLines == 0 ? (IsOver ? 100 : 0) : (int)(LinesDone * 100L / TotalLines);

    private ImportJob() { }

    public ImportJob(string agentId, Guid fileId, string fileName, int totalLines, DateTime nowUtc)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(totalLines);
        AgentId = agentId;
        FileId = fileId;
        FileName = fileName.Length > 200 ? fileName[..200] : fileName;
        TotalLines = totalLines;
        CreatedAtUtc = nowUtc;
    }

    /// <summary>Taken by a worker: a queued job, or a running one whose worker stopped beating.</summary>
    public bool Start(DateTime nowUtc, TimeSpan staleAfter)
    {
        if (State == ImportJobState.Queued || (State == ImportJobState.Running && HeartbeatUtc < nowUtc - staleAfter))
        {
            State = ImportJobState.Running;
            StartedAtUtc ??= nowUtc;
            HeartbeatUtc = nowUtc;
            Version = Guid.NewGuid();
            return true;
        }
        return false;
    }

    /// <summary>A batch committed: progress only moves forward and never past the file's end.</summary>
    public void Advance(int linesDone, int issued, long issuedCents, int refused, DateTime nowUtc)
    {
        if (State != ImportJobState.Running)
        {
            throw new InvalidOperationException($"An import job {State} does not advance.");
        }
        if (
            linesDone < LinesDone
            || linesDone > TotalLines
            || issued < 0
            || refused < 0
            || issued + refused > linesDone - LinesDone
        )
        {
            throw new ArgumentOutOfRangeException(nameof(linesDone), "Progress goes forward, within the file.");
        }
        LinesDone = linesDone;
        Issued += issued;
        IssuedCents += issuedCents;
        Refused += refused;
        HeartbeatUtc = nowUtc;
        Version = Guid.NewGuid();
    }

    public void Finish(DateTime nowUtc)
    {
        if (State != ImportJobState.Running)
        {
            throw new InvalidOperationException($"An import job {State} cannot finish.");
        }
        State = ImportJobState.Done;
        LinesDone = TotalLines;
        FinishedAtUtc = nowUtc;
        Version = Guid.NewGuid();
    }

    public void Fail(string errorKey, DateTime nowUtc)
    {
        if (IsOver)
        {
            throw new InvalidOperationException($"An import job {State} cannot fail.");
        }
        State = ImportJobState.Failed;
        Error = errorKey;
        FinishedAtUtc = nowUtc;
        Version = Guid.NewGuid();
    }
}
