using System.Globalization;
using Bocage.Kernel.Data;
using Bocage.Kernel.Territory;
using Bocage.Procedures.Data;
using Bocage.Procedures.Domain.Answers;
using Bocage.Procedures.Domain.Definitions;
using Bocage.Procedures.Domain.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bocage.Procedures.Domain.Filing;

/// <summary>
/// The named lists fields choose from (<see cref="NamedLists"/>): the communes of the territory, France's
/// départements and régions and the countries (names in the language of the request), and, while an applicant
/// fills a file, that applicant's other files.
/// </summary>
internal sealed class FormLists(KernelDb kernel, ProceduresDb db, IStringLocalizer<ProceduresResource> text)
{
    private Dictionary<string, IReadOnlyList<ChoiceOption>>? _lists;

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
                [NamedLists.Communes] = communes
                    .ByName(c => c.Name)
                    .Select(c => new ChoiceOption(c.Insee, c.Name))
                    .ToList(),
                [NamedLists.Departements] = FrenchGeography
                    .Departements.Select(d => new ChoiceOption(d.Code, $"{d.Code} – {d.Name}"))
                    .ToList(),
                [NamedLists.Regions] = FrenchGeography
                    .Regions.ByName(r => r.Name)
                    .Select(r => new ChoiceOption(r.Code, r.Name))
                    .ToList(),
                [NamedLists.Countries] = FrenchGeography
                    .Countries(CultureInfo.CurrentUICulture)
                    .ByName(c => c.Name)
                    .Select(c => new ChoiceOption(c.Code, c.Name))
                    .ToList(),
            };
        }
        return _lists;
    }

    /// <summary>
    /// The lists, with the applicant's other filed files (number and procedure) for the file being filled: only
    /// files of the same account, so that a file can point to another the applicant can show.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<ChoiceOption>>> ForApplicantAsync(
        ProcedureFile file,
        CancellationToken cancellationToken = default
    )
    {
        var lists = new Dictionary<string, IReadOnlyList<ChoiceOption>>(await AllAsync(cancellationToken));
        if (file.ApplicantAccountId is { } account)
        {
            var others = await db
                .Files.AsNoTracking()
                .Where(f => f.ApplicantAccountId == account && f.Id != file.Id && f.Number != null)
                .Join(db.Procedures, f => f.ProcedureId, p => p.Id, (f, p) => new { f.Number, p.Title })
                .ToListAsync(cancellationToken);
            lists[NamedLists.ApplicantFiles] = others
                .OrderByDescending(o => o.Number, StringComparer.Ordinal)
                .Select(o => new ChoiceOption(o.Number!, $"{o.Number} – {o.Title}"))
                .ToList();
        }
        return lists;
    }

    public async Task<AnswerValidator> ValidatorAsync(CancellationToken cancellationToken = default) =>
        new(await AllAsync(cancellationToken), new AnswerMessages(text));
}
