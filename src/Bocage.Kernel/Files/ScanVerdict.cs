namespace Bocage.Kernel.Files;

/// <summary>What clamd said of some content.</summary>
public abstract record ScanVerdict
{
    private ScanVerdict() { }

    public sealed record Clean : ScanVerdict;

    public sealed record Infected(string Signature) : ScanVerdict;

    /// <summary>No verdict: clamd unreachable, too slow, or answering an error.</summary>
    public sealed record Failed(string Reason) : ScanVerdict;

    /// <summary>Reads a reply such as <c>stream: OK</c> or <c>stream: Eicar-Test-Signature FOUND</c>.</summary>
    public static ScanVerdict FromReply(string reply)
    {
        var body = reply.Trim('\0', '\r', '\n', ' ');
        if (body.StartsWith("stream:", StringComparison.Ordinal))
        {
            body = body["stream:".Length..].Trim();
        }
        if (body == "OK")
        {
            return new Clean();
        }
        if (body.EndsWith(" FOUND", StringComparison.Ordinal) && body.Length > " FOUND".Length)
        {
            // clamd marks signatures from databases other than ClamAV's own; the mark means nothing to a sender.
            var signature = body[..^" FOUND".Length].Trim();
            if (signature.EndsWith(".UNOFFICIAL", StringComparison.Ordinal))
            {
                signature = signature[..^".UNOFFICIAL".Length];
            }
            return new Infected(signature.Length > 200 ? signature[..200] : signature);
        }
        return new Failed(string.IsNullOrEmpty(body) ? "empty reply" : body);
    }
}
