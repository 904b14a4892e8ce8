using Bocage.Kernel.Contracts;

namespace Bocage.Procedures.Domain.Filing;

/// <summary>
/// A file was submitted; its receipt (mail with the PDF) is sent by the handler, at least once, deduplicated by number.
/// </summary>
[EventName("procedures.file-submitted", 1)]
internal sealed record FileSubmitted(Guid FileId, string Number) : IDomainEvent;
