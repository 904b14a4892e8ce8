namespace Bocage.Procedures.Areas.Procedures.Pages.Gestion;

/// <summary>A document the service issued for the file (a decision), as the file page links it.</summary>
internal sealed record DocumentLink(Guid Id, string Name);
