namespace Bocage.Kernel.Mandates;

public sealed record MandateResult(Mandate? Mandate, MandateError? Error)
{
    public static MandateResult Ok(Mandate mandate) => new(mandate, null);

    public static MandateResult Fail(MandateError error) => new(null, error);
}
