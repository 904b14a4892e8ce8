using Bocage.Kernel.Files;
using Bocage.Procedures.Areas.Procedures.Pages;
using Bocage.Procedures.Domain.Answers;
using Bocage.Procedures.Domain.Definitions;
using Bocage.Procedures.Domain.Designer.Export;
using Bocage.Procedures.Domain.Files;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using static Bocage.Procedures.Tests.Answers.TestForms;

namespace Bocage.Procedures.Tests.Answers;

public sealed class FileAnswerTests
{
    private static readonly FieldDefinition Certificates = new("enfants", FieldType.RepeatableBlock, "Enfant")
    {
        Required = true,
        Max = 3,
        Children =
        [
            new("prenom", FieldType.ShortText, "Prénom") { Required = true },
            new("certificat", FieldType.File, "Certificat") { Required = true },
        ],
    };

    [Fact]
    public void A_required_file_not_sent_asks_for_it_by_name()
    {
        var check = Check(Field(FieldType.File));

        Assert.Equal("Joignez un fichier pour « Réponse ».", check.Errors["champ"]);
    }

    [Fact]
    public void A_stored_file_id_is_kept_and_anything_else_refused()
    {
        var id = Guid.NewGuid();

        Assert.Equal(
            id.ToString(),
            Check(Field(FieldType.File), ("champ", id.ToString().ToUpperInvariant())).Clean["champ"]
        );
        Assert.Equal(
            "Joignez un fichier pour « Réponse ».",
            Check(Field(FieldType.File), ("champ", "../../etc/passwd")).Errors["champ"]
        );
    }

    [Fact]
    public void Each_repeat_of_a_block_needs_its_own_file()
    {
        var first = Guid.NewGuid().ToString();

        var check = Check(
            Certificates,
            ("enfants", "2"),
            ("enfants.0.prenom", "Lou"),
            ("enfants.0.certificat", first),
            ("enfants.1.prenom", "Noé")
        );

        Assert.Equal(first, check.Clean["enfants.0.certificat"]);
        Assert.Equal(["enfants.1.certificat"], check.Errors.Keys);
    }

    [Fact]
    public void File_inputs_are_found_at_the_top_and_inside_blocks_only()
    {
        FieldDefinition[] fields = [Field(FieldType.File, "kbis"), Field(FieldType.ShortText, "nom"), Certificates];

        Assert.Equal("kbis", FileInputs.FieldOf(fields, "kbis")?.Key);
        Assert.Equal("certificat", FileInputs.FieldOf(fields, "enfants.2.certificat")?.Key);
        Assert.Null(FileInputs.FieldOf(fields, "enfants.2.prenom"));
        Assert.Null(FileInputs.FieldOf(fields, "enfants.99.certificat"));
        Assert.Null(FileInputs.FieldOf(fields, "nom"));
        Assert.Null(FileInputs.FieldOf(fields, "kbis.autre"));
    }

    [Fact]
    public void A_posted_file_id_is_read_only_when_it_is_an_attachment_of_this_file_for_this_input()
    {
        var file = Guid.NewGuid();
        var mine = new FileAttachment(
            Guid.NewGuid(),
            file,
            "kbis",
            "kbis.pdf",
            "application/pdf",
            1200,
            DateTime.UtcNow
        );
        var otherInput = new FileAttachment(
            Guid.NewGuid(),
            file,
            "devis",
            "devis.pdf",
            "application/pdf",
            1200,
            DateTime.UtcNow
        );
        var sent = new[] { mine, otherInput }.ToDictionary(a => a.StoredFileId);
        FieldDefinition[] fields =
        [
            Field(FieldType.File, "kbis"),
            Field(FieldType.File, "devis"),
            Field(FieldType.ShortText, "nom"),
        ];

        var kept = FieldView.Read(Posted(("r.kbis", mine.StoredFileId.ToString()), ("r.nom", "Léa")), fields, sent);
        var someoneElses = FieldView.Read(Posted(("r.kbis", Guid.NewGuid().ToString())), fields, sent);
        var swapped = FieldView.Read(Posted(("r.kbis", otherInput.StoredFileId.ToString())), fields, sent);

        Assert.Equal(mine.StoredFileId.ToString(), kept["kbis"]);
        Assert.Equal("Léa", kept["nom"]);
        Assert.False(someoneElses.Has("kbis"));
        Assert.False(swapped.Has("kbis"));
    }

    [Fact]
    public void Review_rows_name_the_file_with_its_size_and_link_it()
    {
        var attachment = new FileAttachment(
            Guid.NewGuid(),
            Guid.NewGuid(),
            "champ",
            "Kbis mars.pdf",
            "application/pdf",
            2560,
            DateTime.UtcNow
        );
        var answers = new AnswerSet([KeyValuePair.Create("champ", new[] { attachment.StoredFileId.ToString() })]);

        var row = Assert.Single(
            AnswerDisplay.Rows(
                Form(Field(FieldType.File)),
                answers,
                Lists(),
                new Dictionary<Guid, FileAttachment> { [attachment.StoredFileId] = attachment }
            )
        );

        Assert.Equal(
            ("Réponse", "Kbis mars.pdf (2,5 Ko)", (Guid?)attachment.StoredFileId),
            (row.Label, row.Value, row.Attachment)
        );
    }

    [Fact]
    public void The_export_gives_the_file_name_guarded_against_formulas()
    {
        var id = Guid.NewGuid();
        var columns = ExportColumn.For(
            [Form(Field(FieldType.File))],
            new Dictionary<Guid, string> { [id] = "=HYPERLINK(x).pdf" }
        );
        var answers = new AnswerSet([KeyValuePair.Create("champ", new[] { id.ToString() })]);

        Assert.Equal("'=HYPERLINK(x).pdf", Assert.Single(columns).Value(answers));
    }

    [Fact]
    public void A_file_field_accepts_PDF_JPEG_and_PNG_unless_the_designer_chose_other_kinds()
    {
        Assert.Equal([FileKind.Pdf, FileKind.Jpeg, FileKind.Png], Field(FieldType.File).AcceptedKinds);
        Assert.Equal([FileKind.Text], (Field(FieldType.File) with { Accept = [FileKind.Text] }).AcceptedKinds);
    }

    private static IReadOnlyDictionary<string, IReadOnlyList<ChoiceOption>> Lists() =>
        new Dictionary<string, IReadOnlyList<ChoiceOption>>();

    private static FormCollection Posted(params (string Name, string Value)[] values) =>
        new(values.ToDictionary(v => v.Name, v => new StringValues(v.Value)));
}

public sealed class FileKindsDesignTests
{
    [Fact]
    public void The_designer_keeps_only_known_kinds_each_once_and_only_on_file_fields()
    {
        var input = new Bocage.Procedures.Domain.Designer.FieldInput
        {
            Key = "piece",
            Label = "Pièce",
            Accept = ["Text", "Pdf", "Text", "Exe", "7", "<script>"],
        };
        var errors = new List<Bocage.Procedures.Domain.Designer.DesignError>();

        var file = input.ToField(new FieldDefinition("piece", FieldType.File, "Pièce"), errors);
        var text = input.ToField(new FieldDefinition("piece", FieldType.ShortText, "Pièce"), errors);

        Assert.Equal([FileKind.Text, FileKind.Pdf], file.Accept);
        Assert.Empty(text.Accept);
        Assert.Equal(
            ["Pdf", "Jpeg", "Png"],
            Bocage
                .Procedures.Domain.Designer.FieldInput.From(new FieldDefinition("piece", FieldType.File, "Pièce"))
                .Accept
        );
    }
}
