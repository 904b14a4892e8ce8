using Bocage.Kernel.Data;
using Bocage.Kernel.Territory;
using Bocage.Procedures.Domain.Answers;
using Bocage.Procedures.Domain.Definitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bocage.Procedures.Domain.Filing;

/// <summary>The named lists fields can use (the communes of the territory), and a validator over them.</summary>
internal sealed class FormLists(KernelDb kernel, IStringLocalizer<ProceduresResource> text)
{
    private IReadOnlyDictionary<string, IReadOnlyList<ChoiceOption>>? _lists;

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<ChoiceOption>>> AllAsync(
        CancellationToken cancellationToken = default
    )
    {
        if (_lists is null)
        {
            var communes = await kernel
                .Communes.AsNoTracking()
                .Select(c => new { c.Insee, c.Name })
                .ToListAsync(cancellationToken);
            _lists = new Dictionary<string, IReadOnlyList<ChoiceOption>>
            {
                [AnswerValidator.CommunesList] = communes
                    .ByName(c => c.Name)
                    .Select(c => new ChoiceOption(c.Insee, c.Name))
                    .ToList(),
            };
        }
        return _lists;
    }

    public async Task<AnswerValidator> ValidatorAsync(CancellationToken cancellationToken = default) =>
        new(await AllAsync(cancellationToken), new AnswerMessages(text));
}
