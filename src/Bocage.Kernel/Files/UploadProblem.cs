namespace Bocage.Kernel.Files;

/// <summary>Why an upload was refused; the French message says it to the sender.</summary>
public enum UploadProblem
{
    KindNotAllowed,
    Empty,
    TooLarge,
    ContentMismatch,
    Infected,
    ScanUnavailable,
}
