using Bocage.Kernel.Accounts;
using Bocage.Kernel.Audit;
using Bocage.Kernel.Permissions;
using Bocage.Payments.Data;
using Bocage.Payments.Domain;
using Bocage.Payments.Domain.Invoices;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bocage.Payments.Areas.Payments.Pages.Gestion;

/// <summary>
/// Creating or editing a régie, only for the agent's own communes (the intercommunality's needs a territory-wide
/// grant).
/// </summary>
[Authorize(Policy = PermissionRequirement.Prefix + PaymentsModule.ManagePermission)]
internal sealed class RegieModel(
    RegieAccess access,
    PaymentsDb db,
    InvoiceViews views,
    AuditLog audit,
    IStringLocalizer<PaymentsResource> text
) : PageModel
{
    /// <summary>The collectivity choice for the intercommunality.</summary>
    public const string IntercommunalityValue = "ccsa";

    public sealed class InputModel
    {
        public string? Code { get; set; } = "";

        public string? Collectivity { get; set; } = "";

        public string? Name { get; set; } = "";

        public string? Numcli { get; set; } = "";

        public string? Mode { get; set; } = nameof(RegieMode.Test);

        public string? AccountingReference { get; set; } = "";
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Guid? Id { get; private set; }

    public List<(string Value, string Label)> Collectivities { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        if (id is null)
        {
            return Page();
        }
        var regie = await access.FindAsync(User.RequiredAccountId(), id.Value, cancellationToken);
        if (regie is null)
        {
            return NotFound();
        }
        Id = regie.Id;
        Input = new InputModel
        {
            Code = regie.Code,
            Collectivity = regie.CommuneInsee ?? IntercommunalityValue,
            Name = regie.Name,
            Numcli = regie.Numcli,
            Mode = regie.Mode.ToString(),
            AccountingReference = regie.AccountingReference,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        Id = id;
        var regie = id is null ? null : await access.FindAsync(User.RequiredAccountId(), id.Value, cancellationToken);
        if (id is not null && regie is null)
        {
            return NotFound();
        }
        Validate(regie is null);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var mode = Enum.Parse<RegieMode>(Input.Mode!);
        var insee = Input.Collectivity == IntercommunalityValue ? null : Input.Collectivity;
        if (regie is null)
        {
            if (await db.Regies.AnyAsync(r => r.Code == Input.Code!.Trim().ToUpperInvariant(), cancellationToken))
            {
                ModelState.AddModelError("Input.Code", text["RegieCodeTaken"]);
                return Page();
            }
            regie = new Regie(Input.Code!, insee, Input.Name!, Input.Numcli!, mode, Input.AccountingReference ?? "");
            db.Regies.Add(regie);
        }
        else
        {
            regie.Update(Input.Name!, Input.Numcli!, mode, Input.AccountingReference ?? "");
        }
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(
            AuditActor.Of(User),
            id is null ? "payments.regie.create" : "payments.regie.update",
            $"regie:{regie.Code}",
            regie.CommuneInsee,
            $"numcli={regie.Numcli} mode={regie.Mode}",
            cancellationToken: cancellationToken
        );
        return Redirect("/gestion/factures");
    }

    private void Validate(bool creating)
    {
        if (creating && !Regie.IsValidCode(Input.Code?.Trim()))
        {
            ModelState.AddModelError("Input.Code", text["RegieCodeInvalid"]);
        }
        if (creating && !Collectivities.Any(c => c.Value == Input.Collectivity))
        {
            ModelState.AddModelError("Input.Collectivity", text["RegieCollectivityInvalid"]);
        }
        if (string.IsNullOrWhiteSpace(Input.Name) || Input.Name.Length > 200)
        {
            ModelState.AddModelError("Input.Name", text["RegieNameInvalid"]);
        }
        if (!Regie.IsValidNumcli(Input.Numcli?.Trim()))
        {
            ModelState.AddModelError("Input.Numcli", text["RegieNumcliInvalid"]);
        }
        if (!Enum.TryParse<RegieMode>(Input.Mode, out _))
        {
            ModelState.AddModelError("Input.Mode", text["RegieModeInvalid"]);
        }
        Input.AccountingReference ??= "";
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        var scope = await access.ScopeAsync(User.RequiredAccountId(), cancellationToken);
        var names = await views.CommuneNamesAsync(cancellationToken);
        if (scope.Everything)
        {
            Collectivities.Add((IntercommunalityValue, InvoiceViews.Intercommunality));
        }
        Collectivities.AddRange(
            names.Where(n => scope.AllowsCommune(n.Key)).OrderBy(n => n.Value).Select(n => (n.Key, n.Value))
        );
    }
}
