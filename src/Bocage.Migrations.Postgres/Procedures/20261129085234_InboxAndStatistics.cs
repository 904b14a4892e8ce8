using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bocage.Migrations.Postgres.Procedures
{
    /// <inheritdoc />
    public partial class InboxAndStatistics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_files_procedure_id_submitted_at",
                schema: "procedures",
                table: "files");

            migrationBuilder.CreateTable(
                name: "statistics_durations",
                schema: "procedures",
                columns: table => new
                {
                    procedure_id = table.Column<Guid>(type: "uuid", nullable: false),
                    month = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    tenths = table.Column<int>(type: "integer", nullable: false),
                    files = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_statistics_durations", x => new { x.procedure_id, x.month, x.tenths });
                });

            migrationBuilder.CreateTable(
                name: "statistics_months",
                schema: "procedures",
                columns: table => new
                {
                    procedure_id = table.Column<Guid>(type: "uuid", nullable: false),
                    month = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    submitted = table.Column<int>(type: "integer", nullable: false),
                    median_days = table.Column<double>(type: "double precision", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_statistics_months", x => new { x.procedure_id, x.month });
                });

            migrationBuilder.CreateIndex(
                name: "ix_files_procedure_id_submitted_at_id",
                schema: "procedures",
                table: "files",
                columns: new[] { "procedure_id", "submitted_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_files_state_key_submitted_at_id",
                schema: "procedures",
                table: "files",
                columns: new[] { "state_key", "submitted_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_files_submitted_at_id",
                schema: "procedures",
                table: "files",
                columns: new[] { "submitted_at", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "statistics_durations",
                schema: "procedures");

            migrationBuilder.DropTable(
                name: "statistics_months",
                schema: "procedures");

            migrationBuilder.DropIndex(
                name: "ix_files_procedure_id_submitted_at_id",
                schema: "procedures",
                table: "files");

            migrationBuilder.DropIndex(
                name: "ix_files_state_key_submitted_at_id",
                schema: "procedures",
                table: "files");

            migrationBuilder.DropIndex(
                name: "ix_files_submitted_at_id",
                schema: "procedures",
                table: "files");

            migrationBuilder.CreateIndex(
                name: "ix_files_procedure_id_submitted_at",
                schema: "procedures",
                table: "files",
                columns: new[] { "procedure_id", "submitted_at" });
        }
    }
}
