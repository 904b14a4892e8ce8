using Bocage.Procedures.Domain.Catalogue;
using Bocage.Procedures.Domain.Designer;
using Microsoft.Extensions.Localization;

namespace Bocage.Procedures.Areas.Procedures.Pages.Gestion.Conception;

/// <summary>The procedures of the agent's communes and services, to design.</summary>
internal sealed class IndexModel(DesignerService designer, IStringLocalizer<ProceduresResource> text)
    : DesignerPageModel(designer, text)
{
    public IReadOnlyList<Procedure> Procedures { get; private set; } = [];

    public async Task OnGetAsync()
    {
        await LoadOwnersAsync();
        Procedures = await Designer.ListAsync(Scope, HttpContext.RequestAborted);
    }

    public string OwnerOf(Procedure p) =>
        DesignerService.ServiceOf(p, Services)?.Name
        ?? Communes.FirstOrDefault(c => c.Insee == p.CommuneInsee)?.Name
        ?? Text["DesignIntercommunality"];
}
