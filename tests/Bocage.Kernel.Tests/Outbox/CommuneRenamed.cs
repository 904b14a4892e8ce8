using Bocage.Kernel.Contracts;

namespace Bocage.Kernel.Tests.Outbox;

[EventName("tests.commune-renamed", 1)]
public sealed record CommuneRenamed(string Insee, string NewName) : IDomainEvent;
