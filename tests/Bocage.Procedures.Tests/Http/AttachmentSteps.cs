using System.Text;
using System.Text.RegularExpressions;
using Bocage.Kernel.Files;
using Bocage.Procedures.Data;
using Bocage.Procedures.Domain.Catalogue;
using Bocage.Procedures.Domain.Definitions;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Procedures.Tests.Http;

/// <summary>
/// A procedure of Fourmies with file fields (one that takes text, for the EICAR test file) and files to send to it.
/// </summary>
internal static partial class AttachmentSteps
{
    public const string Slug = "pieces-justificatives-essai";
    public const string StartPath = "/demarches/" + Slug;

    /// <summary>The EICAR anti-virus test file: harmless, yet every scanner must report it.</summary>
    public const string Eicar = @"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    [GeneratedRegex("name=\"r\\.([a-z0-9.-]+)\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex SentFile();

    /// <param name="proofMegabytes">The proof of address field's own size limit (none: the kernel's).</param>
    public static async Task CreateProcedureAsync(BocageFactory app, int? proofMegabytes = null)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ProceduresDb>();
        var now = DateTime.UtcNow;
        var procedure = Procedure.Create(Slug, "Pièces justificatives (essai)", now);
        procedure.Audience = Audience.Anyone;
        procedure.CommuneInsee = "59249";
        procedure
            .DraftVersion(now)
            .TryEdit(
                new FormSchema([
                    new FormPage(
                        "Pièces",
                        [
                            new FieldDefinition("nom", FieldType.ShortText, "Nom") { Required = true },
                            new FieldDefinition("justificatif", FieldType.File, "Justificatif de domicile")
                            {
                                Required = true,
                                MaxMegabytes = proofMegabytes,
                            },
                            new FieldDefinition("notes", FieldType.File, "Notes")
                            {
                                Accept = [FileKind.Text, FileKind.Pdf],
                            },
                            new FieldDefinition("enfants", FieldType.RepeatableBlock, "Enfant")
                            {
                                Max = 3,
                                Children =
                                [
                                    new FieldDefinition("prenom", FieldType.ShortText, "Prénom") { Required = true },
                                    new FieldDefinition("certificat", FieldType.File, "Certificat de scolarité")
                                    {
                                        Required = true,
                                    },
                                ],
                            },
                        ]
                    ),
                ]),
                DefaultWorkflow.Create()
            );
        procedure.Publish(now);
        db.Procedures.Add(procedure);
        await db.SaveChangesAsync();
    }

    public static string Fill(Guid file) => $"/demarches/dossier/{file}/etape/0";

    public static UploadedFile Pdf(string input, string name = "justificatif.pdf", string text = "Bocage") =>
        new(input, name, SamplePdf(text), "application/pdf");

    public static UploadedFile EicarText(string input) =>
        new(input, "notes.txt", Encoding.ASCII.GetBytes(Eicar), "text/plain");

    /// <summary>
    /// The ids of the files already sent, as the page carries them in hidden inputs (a browser posts them back).
    /// </summary>
    public static Dictionary<string, string> SentFiles(string page) =>
        SentFile().Matches(page).ToDictionary(m => "r." + m.Groups[1].Value, m => m.Groups[2].Value);

    /// <summary>A small one-page PDF, made here so that the tests carry no binary fixture.</summary>
    public static byte[] SamplePdf(string text)
    {
        var content = $"BT /F1 18 Tf 20 40 Td ({text}) Tj ET";
        var body =
            "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            + "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R >>\nendobj\n"
            + $"4 0 obj\n<< /Length {content.Length} >>\nstream\n{content}\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
        return Encoding.ASCII.GetBytes(body);
    }
}
