using Bocage.Kernel.Documents;
using Bocage.Kernel.Files;
using Bocage.Procedures.Data;
using Bocage.Procedures.Domain.Answers;
using Bocage.Procedures.Domain.Files;
using Bocage.Procedures.Domain.Filing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bocage.Procedures.Seed;

/// <summary>
/// A few submitted PIDE grant requests in Fourmies whose Kbis and quotes are small PDFs, sent through the
/// kernel's <see cref="UploadService"/> like any applicant's. Without clamd the uploads are refused and
/// these files are not seeded: the demo never holds a file that skipped the scan.
/// </summary>
internal static class DemoAttachments
{
    private const string Pide = "aide-installation-entreprise";
    public const int Count = 3;

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<ProceduresDb>();
        var procedure = await db
            .Procedures.AsNoTracking()
            .Include(p => p.Versions)
            .SingleOrDefaultAsync(p => p.Slug == Pide, cancellationToken);
        if (
            procedure?.PublishedVersion is null
            || await db.Files.AnyAsync(f => f.ProcedureId == procedure.Id, cancellationToken)
        )
        {
            return;
        }
        var version = procedure.Versions.Single(v => v.Number == procedure.PublishedVersion);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var year = Bocage.Kernel.Time.ParisTime.ToParis(now).Year;
        for (var i = 1; i <= Count; i++)
        {
            var file = ProcedureFile.Start(
                procedure.Id,
                version.Id,
                "59249",
                new Applicant(null, $"entreprise{i}@exemple.fr"),
                now.AddDays(-i)
            );
            var answers = Answers(i);
            var attachments = new List<FileAttachment>();
            foreach (var (input, title) in new[] { ("kbis", "Extrait Kbis"), ("devis", "Devis des investissements") })
            {
                var pdf = services
                    .GetRequiredService<IPdfRenderer>()
                    .Render(
                        new PdfDocument(
                            $"{title} (démonstration)",
                            [
                                new PdfParagraph(
                                    $"Document de démonstration de l'entreprise {i} : il ne correspond à aucune entreprise réelle."
                                ),
                            ]
                        )
                    );
                var upload = await services
                    .GetRequiredService<UploadService>()
                    .AcceptAsync(
                        new UploadRequest(
                            new MemoryStream(pdf),
                            $"{input}-entreprise-{i}.pdf",
                            "application/pdf",
                            [FileKind.Pdf],
                            Attachments.Engine,
                            "seed"
                        ),
                        cancellationToken
                    );
                if (upload is not UploadResult.Accepted accepted)
                {
                    services
                        .GetRequiredService<ILogger<ProceduresModule>>()
                        .LogWarning("Demo attachments not seeded: {Reason}", ((UploadResult.Refused)upload).Message);
                    return;
                }
                attachments.Add(
                    new FileAttachment(
                        accepted.File.Id,
                        file.Id,
                        input,
                        accepted.File.OriginalName,
                        accepted.File.ContentType,
                        accepted.File.SizeBytes,
                        now
                    )
                );
                answers.Set(input, accepted.File.Id.ToString());
            }
            var counter = await db.Counters.SingleOrDefaultAsync(c => c.Year == year, cancellationToken)
                ?? db.Counters.Add(new FileCounter(year)).Entity;
            counter.Last++;
            file.Submit(FileCounter.Format(year, counter.Last), answers, version.Workflow, "seed", now.AddDays(-i));
            db.Files.Add(file);
            db.Attachments.AddRange(attachments);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static AnswerSet Answers(int i) =>
        new(
            new Dictionary<string, string[]>
            {
                ["siret"] = ["73282932000074"],
                ["raison-sociale"] = [$"Atelier démonstration {i}"],
                ["commune"] = ["59249"],
                ["date-installation"] = ["2026-09-01"],
                ["projet"] = ["Installation d'un atelier de taille de pierre bleue."],
                ["investissement"] = [$"{i * 2_500_000}"],
                ["aide-demandee"] = ["500000"],
                ["emplois"] = [$"{i + 1}"],
                ["iban"] = ["FR7630006000011234567890189"],
                ["attestation"] = ["oui"],
            }
        );
}
