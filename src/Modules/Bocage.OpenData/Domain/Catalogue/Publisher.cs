using System.Text;
using Bocage.Kernel.Audit;
using Bocage.Kernel.Files;
using Bocage.Kernel.Territory;
using Bocage.OpenData.Data;
using Bocage.OpenData.Domain.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bocage.OpenData.Domain.Catalogue;

/// <summary>
/// Producers' actions: create a dataset, import a resource. An import is scanned and stored by the
/// kernel's upload service (streamed, never whole in memory), checked in full from the stored file
/// (schema, every row), and only then are its rows staged and swapped in; a refused file is deleted
/// from the store again. Every step is in the audit log.
/// </summary>
internal sealed class Publisher(
    OpenDataDb db,
    RowStore store,
    DataFileUploads files,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<OpenDataResource> text
)
{
    private readonly ReportMessages _messages = new(text);

    public static readonly IReadOnlyList<string> Themes =
    [
        "Territoire",
        "Économie",
        "Équipements",
        "Numérique",
        "Finances",
        "Environnement",
        "Mobilité",
        "Social",
        "Culture et loisirs",
    ];

    public static readonly IReadOnlyList<string> Frequencies =
    [
        "Ponctuelle",
        "Annuelle",
        "Trimestrielle",
        "Mensuelle",
        "Hebdomadaire",
        "Quotidienne",
        "Irrégulière",
        "Continuelle",
    ];

    public static readonly IReadOnlyList<string> Licences = [Dataset.DefaultLicence, "Open Database License (ODbL)"];

    public long MaxUploadBytes => files.MaxBytes;

    public async Task<Dataset> CreateAsync(DatasetDraft draft, string actor, CancellationToken cancellationToken)
    {
        var slug = await FreeSlugAsync(Slugs.From(draft.Title), "jeu-de-donnees", s =>
            db.Datasets.AnyAsync(d => d.Slug == s, cancellationToken)
        );
        var dataset = new Dataset(slug, draft.Title.Trim(), clock.GetUtcNow().UtcDateTime)
        {
            Description = draft.Description.Trim(),
            Theme = draft.Theme,
            OrganisationSlug = draft.OrganisationSlug,
            OrganisationName = draft.OrganisationName,
            CommuneInsee = draft.CommuneInsee,
            Frequency = draft.Frequency,
            Licence = draft.Licence,
            Producer = actor,
        };
        db.Datasets.Add(dataset);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(
            actor,
            "data.dataset.created",
            $"dataset:{slug}",
            draft.CommuneInsee,
            dataset.Title,
            cancellationToken: cancellationToken
        );
        return dataset;
    }

    /// <summary>The wanted slug (80 characters at most), or with -2, -3… when taken.</summary>
    private static async Task<string> FreeSlugAsync(string wanted, string fallback, Func<string, Task<bool>> taken)
    {
        wanted = string.IsNullOrEmpty(wanted) ? fallback : wanted[..Math.Min(wanted.Length, 80)];
        var slug = wanted;
        for (var i = 2; await taken(slug); i++)
        {
            slug = $"{wanted}-{i}";
        }
        return slug;
    }

    public static string? FormatOf(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".csv" => "CSV",
            ".xlsx" => "XLSX",
            ".geojson" => "GeoJSON",
            _ => null,
        };

    /// <summary>
    /// Imports <paramref name="content"/> (seekable: an upload buffered on disk by ASP.NET Core). The kernel
    /// first stores it scanned, streaming it from disk; the table is then read from the stored file, pass
    /// by pass, and the stored file is deleted again unless its rows are published.
    /// </summary>
    public async Task<ImportOutcome> ImportAsync(
        Dataset dataset,
        ResourceTarget target,
        string fileName,
        Stream content,
        string? schemaName,
        string actor,
        CancellationToken cancellationToken
    )
    {
        var format = FormatOf(fileName);
        if (format is null)
        {
            return new ImportOutcome(false, text["Report_SendTabular"], null);
        }
        // The kernel stores CSV as UTF-8 only: a Windows-1252 file is re-encoded on its way there.
        var encoding = format == "CSV" ? TextDecoding.EncodingOf(content) : "";
        content.Position = 0;
        await using var transcoded =
            encoding == "Windows-1252"
                ? Encoding.CreateTranscodingStream(content, TextDecoding.Windows1252, Encoding.UTF8, leaveOpen: true)
                : null;
        var upload = await files.AcceptAsync(transcoded ?? content, fileName, actor, cancellationToken);
        if (upload is UploadResult.Refused { Problem: UploadProblem.ContentMismatch } && format != "CSV")
        {
            // The kernel only says the bytes are not of the format; reading them says where (a GeoJSON's
            // line, an unreadable workbook), as the report did when files were read before being sent.
            content.Position = 0;
            var unread = TabularFile.Open(format, () => content, encoding, _messages, files.XlsxLimits);
            if (unread.Fatal is not null)
            {
                await audit.AppendAsync(
                    actor,
                    "data.import.refused",
                    $"dataset:{dataset.Slug}",
                    dataset.CommuneInsee,
                    $"{fileName}: {unread.Fatal}",
                    cancellationToken: cancellationToken
                );
                return new ImportOutcome(false, null, Validator.Validate(unread, [], _messages));
            }
        }
        if (upload is UploadResult.Refused refused)
        {
            await audit.AppendAsync(
                actor,
                "data.import.refused",
                $"dataset:{dataset.Slug}",
                dataset.CommuneInsee,
                $"{fileName}: {refused.Problem}",
                cancellationToken: cancellationToken
            );
            return new ImportOutcome(false, refused.Message, null);
        }
        var fileId = ((UploadResult.Accepted)upload).File.Id;
        try
        {
            var outcome = await PublishAsync(
                dataset,
                target,
                fileName,
                format,
                encoding,
                fileId,
                schemaName,
                actor,
                cancellationToken
            );
            if (!outcome.Published)
            {
                await files.DeleteAsync(fileId);
            }
            return outcome;
        }
        catch
        {
            // Nothing half-written: no stored file is left for rows that were not published.
            await files.DeleteAsync(fileId);
            throw;
        }
    }

    private async Task<ImportOutcome> PublishAsync(
        Dataset dataset,
        ResourceTarget target,
        string fileName,
        string format,
        string encoding,
        Guid fileId,
        string? schemaName,
        string actor,
        CancellationToken cancellationToken
    )
    {
        var path = files.PathOf(fileId);
        var file = TabularFile.Open(
            format,
            () =>
                new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 65536, FileOptions.SequentialScan),
            encoding,
            _messages,
            files.XlsxLimits
        );
        var schema = ScdlSchemas.Find(schemaName);
        var fields = schema?.Fields
            ?? (file.Fatal is null ? TableSchema.Infer(file.Headers, file.Rows().Select(r => r.Cells)) : []);
        var report = Validator.Validate(file, fields, _messages, schema?.CustomChecks);
        if (!report.IsValid)
        {
            await audit.AppendAsync(
                actor,
                "data.import.refused",
                $"dataset:{dataset.Slug}",
                dataset.CommuneInsee,
                $"{fileName}: {report.InvalidRowCount} lignes en erreur, {report.FileErrors.Count} erreurs de fichier",
                cancellationToken: cancellationToken
            );
            return new ImportOutcome(false, null, report);
        }
        var batch = Guid.NewGuid();
        var count = await store.StageAsync(batch, Validator.Typed(file, fields, _messages), cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        void Describe(Resource r)
        {
            r.FieldsJson = TableSchema.Serialize(fields);
            r.SchemaName = schema?.Name;
            r.Format = format;
            r.HasGeometry = file.IsGeographic;
            r.FileId = fileId;
            r.UpdatedAt = now;
        }
        var existing = target.Slug is null
            ? null
            : await db
                .Resources.AsNoTracking()
                .FirstOrDefaultAsync(r => r.DatasetId == dataset.Id && r.Slug == target.Slug, cancellationToken);
        if (existing is not null)
        {
            await store.SwapAsync(existing.Id, batch, count, Describe, cancellationToken);
        }
        else
        {
            // A new resource appears already pointing at its complete rows: one insert, nothing half-published.
            var title = string.IsNullOrWhiteSpace(target.NewTitle) ? dataset.Title : target.NewTitle.Trim();
            var slug = target.Slug
                ?? await FreeSlugAsync(Slugs.From(title), "ressource", s =>
                    db.Resources.AnyAsync(r => r.DatasetId == dataset.Id && r.Slug == s, cancellationToken)
                );
            var resource = new Resource(dataset.Id, slug, title, format) { BatchId = batch, RowCount = count };
            Describe(resource);
            db.Resources.Add(resource);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                await db.Rows.Where(r => r.BatchId == batch).ExecuteDeleteAsync(CancellationToken.None);
                throw;
            }
        }
        await db
            .Datasets.Where(d => d.Id == dataset.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.UpdatedAt, now), cancellationToken);
        await audit.AppendAsync(
            actor,
            "data.import.published",
            $"dataset:{dataset.Slug}",
            dataset.CommuneInsee,
            $"{fileName}: {count} lignes{(schema is null ? "" : $", schéma {schema.Name}")}",
            cancellationToken: cancellationToken
        );
        return new ImportOutcome(true, null, report);
    }
}
