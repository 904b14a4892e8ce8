using System.Text;
using Bocage.Kernel.Files;
using Bocage.Kernel.Permissions;
using Bocage.Kernel.Time;
using Bocage.Procedures.Data;
using Bocage.Procedures.Domain.Answers;
using Bocage.Procedures.Domain.Catalogue;
using Bocage.Procedures.Domain.Files;
using Bocage.Procedures.Domain.Filing;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Procedures.Domain.Designer.Export;

/// <summary>
/// Bulk export of a procedure's submitted files the agent may reach, one column per field. Rows are read
/// one at a time from the database: CSV goes straight to the response, XLSX through a temporary file
/// (a zip archive is written with seeks).
/// </summary>
internal sealed class FileExport(ProceduresDb db, Inbox inbox)
{
    private static readonly string[] Fixed = ["numero", "etat", "depose-le", "commune"];

    public Task<Procedure?> FindAsync(Guid id, CancellationToken ct) =>
        db.Procedures.AsNoTracking().Include(p => p.Versions).SingleOrDefaultAsync(p => p.Id == id, ct);

    private async Task<List<ExportColumn>> ColumnsAsync(Procedure procedure, CancellationToken ct)
    {
        // Names only (not contents) of the procedure's attachments: a few hundred bytes per file at most.
        var names = await db
            .Attachments.AsNoTracking()
            .Where(a => db.Files.Any(f => f.Id == a.FileId && f.ProcedureId == procedure.Id && f.Number != null))
            .Select(a => new { a.StoredFileId, a.Name })
            .ToDictionaryAsync(a => a.StoredFileId, a => a.Name, ct);
        return ExportColumn.For(
            procedure
                .Versions.Where(v => v.PublishedAt is not null)
                .OrderByDescending(v => v.Number)
                .Select(v => v.Form),
            names
        );
    }

    private IQueryable<ProcedureFile> Files(Procedure procedure, AccessScope scope) =>
        inbox
            .Reachable(scope)
            .AsNoTracking()
            .Where(f => f.ProcedureId == procedure.Id && f.Number != null)
            .OrderBy(f => f.Number);

    private static List<string> Row(ProcedureFile file, IReadOnlyList<ExportColumn> columns)
    {
        var answers = AnswerSet.FromJson(file.AnswersJson);
        var row = new List<string>
        {
            file.Number ?? "",
            file.StateKey,
            file.SubmittedAt is { } at ? ParisTime.ToParis(at).ToString("yyyy-MM-dd HH:mm") : "",
            file.CommuneInsee ?? "",
        };
        row.AddRange(columns.Select(c => c.Value(answers)));
        return row;
    }

    /// <summary>Semicolon-separated UTF-8 with a byte-order mark, as French spreadsheets open it.</summary>
    public async Task WriteCsvAsync(Stream output, Procedure procedure, AccessScope scope, CancellationToken ct)
    {
        var columns = await ColumnsAsync(procedure, ct);
        await using var writer = new StreamWriter(output, new UTF8Encoding(true), 64 * 1024, leaveOpen: true);
        await writer.WriteAsync(Line(Fixed.Concat(columns.Select(c => c.Header))));
        await foreach (var file in Files(procedure, scope).AsAsyncEnumerable().WithCancellation(ct))
        {
            await writer.WriteAsync(Line(Row(file, columns)));
        }
        await writer.FlushAsync(ct);
    }

    public async Task WriteXlsxAsync(Stream output, Procedure procedure, AccessScope scope, CancellationToken ct)
    {
        var columns = await ColumnsAsync(procedure, ct);
        var headers = Fixed.Concat(columns.Select(c => c.Header)).ToList();
        var path = Path.GetTempFileName();
        try
        {
            await using (var file = File.Create(path))
            {
                var rows = Files(procedure, scope)
                    .AsAsyncEnumerable()
                    .Select(f => (IReadOnlyList<object?>)Row(f, columns).Cast<object?>().ToList());
                await XlsxWriter.WriteAsync(file, "Dossiers", headers, rows, ct);
            }
            await using var read = File.OpenRead(path);
            await read.CopyToAsync(output, ct);
        }
        finally
        {
            File.Delete(path);
        }
    }

    // Answers are typed by applicants: the kernel's cells neutralise formulas before an agent opens the file.
    private static string Line(IEnumerable<string> values) => CsvCells.Line(values, ';', "\r\n");
}
