namespace Bocage.Kernel.Files;

/// <summary>Either the stored file, or a refusal saying what is wrong and what to do.</summary>
public abstract record UploadResult
{
    private UploadResult() { }

    public sealed record Accepted(StoredFile File) : UploadResult;

    public sealed record Refused(UploadProblem Problem, string Message) : UploadResult;
}
