namespace Bocage.Kernel.Mandates;

public enum MandateError
{
    SelfMandate,
    NoScope,
    Duration,
    UnknownMediator,
}
