namespace Bocage.Kernel.Accounts;

public enum AuthenticatorCodeCheck
{
    Accepted,
    Wrong,

    /// <summary>Right code, but its time step was already used once (RFC 6238 §5.2).</summary>
    Replayed,
}
