using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bocage.Migrations.Sqlite.Procedures
{
    /// <inheritdoc />
    public partial class InboxAndStatistics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_procedures_files_procedure_id_submitted_at",
                table: "procedures_files");

            migrationBuilder.CreateTable(
                name: "procedures_statistics_durations",
                columns: table => new
                {
                    procedure_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    month = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    tenths = table.Column<int>(type: "INTEGER", nullable: false),
                    files = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_procedures_statistics_durations", x => new { x.procedure_id, x.month, x.tenths });
                });

            migrationBuilder.CreateTable(
                name: "procedures_statistics_months",
                columns: table => new
                {
                    procedure_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    month = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    submitted = table.Column<int>(type: "INTEGER", nullable: false),
                    median_days = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_procedures_statistics_months", x => new { x.procedure_id, x.month });
                });

            migrationBuilder.CreateIndex(
                name: "ix_procedures_files_procedure_id_submitted_at_id",
                table: "procedures_files",
                columns: new[] { "procedure_id", "submitted_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_procedures_files_state_key_submitted_at_id",
                table: "procedures_files",
                columns: new[] { "state_key", "submitted_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_procedures_files_submitted_at_id",
                table: "procedures_files",
                columns: new[] { "submitted_at", "id" });

            // The inbox's word search: an FTS5 trigram index (substring LIKE, as on PostgreSQL's pg_trgm),
            // kept by triggers. Rows are found again by file id (LIKE on the id, served by the same index),
            // never by rowid, which a VACUUM may renumber in procedures_files.
            migrationBuilder.Sql("CREATE VIRTUAL TABLE procedures_files_search USING fts5(file_id, search_text, tokenize = 'trigram');");
            migrationBuilder.Sql("INSERT INTO procedures_files_search (file_id, search_text) SELECT id, search_text FROM procedures_files;");
            migrationBuilder.Sql("""
                CREATE TRIGGER procedures_files_search_insert AFTER INSERT ON procedures_files BEGIN
                  INSERT INTO procedures_files_search (file_id, search_text) VALUES (new.id, new.search_text);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER procedures_files_search_update AFTER UPDATE OF search_text ON procedures_files BEGIN
                  DELETE FROM procedures_files_search WHERE file_id LIKE old.id;
                  INSERT INTO procedures_files_search (file_id, search_text) VALUES (new.id, new.search_text);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER procedures_files_search_delete AFTER DELETE ON procedures_files BEGIN
                  DELETE FROM procedures_files_search WHERE file_id LIKE old.id;
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER procedures_files_search_delete;");
            migrationBuilder.Sql("DROP TRIGGER procedures_files_search_update;");
            migrationBuilder.Sql("DROP TRIGGER procedures_files_search_insert;");
            migrationBuilder.Sql("DROP TABLE procedures_files_search;");

            migrationBuilder.DropTable(
                name: "procedures_statistics_durations");

            migrationBuilder.DropTable(
                name: "procedures_statistics_months");

            migrationBuilder.DropIndex(
                name: "ix_procedures_files_procedure_id_submitted_at_id",
                table: "procedures_files");

            migrationBuilder.DropIndex(
                name: "ix_procedures_files_state_key_submitted_at_id",
                table: "procedures_files");

            migrationBuilder.DropIndex(
                name: "ix_procedures_files_submitted_at_id",
                table: "procedures_files");

            migrationBuilder.CreateIndex(
                name: "ix_procedures_files_procedure_id_submitted_at",
                table: "procedures_files",
                columns: new[] { "procedure_id", "submitted_at" });
        }
    }
}
