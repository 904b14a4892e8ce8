using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bocage.Migrations.Sqlite.Procedures
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "procedures_file_counters",
                columns: table => new
                {
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    last = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_procedures_file_counters", x => x.year);
                });

            migrationBuilder.CreateTable(
                name: "procedures_file_documents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    file_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_procedures_file_documents", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "procedures_file_messages",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    file_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    author = table.Column<string>(type: "TEXT", nullable: false),
                    from_agent = table.Column<bool>(type: "INTEGER", nullable: false),
                    is_private = table.Column<bool>(type: "INTEGER", nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_procedures_file_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "procedures_files",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    procedure_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    version_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    commune_insee = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    applicant_account_id = table.Column<string>(type: "TEXT", nullable: true),
                    company_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    mediator_account_id = table.Column<string>(type: "TEXT", nullable: true),
                    applicant_email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    tracking_code_hash = table.Column<string>(type: "TEXT", nullable: true),
                    answers_json = table.Column<string>(type: "TEXT", nullable: false),
                    search_text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    state_key = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    state_kind = table.Column<int>(type: "INTEGER", nullable: false),
                    assignee = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    reopened_json = table.Column<string>(type: "TEXT", nullable: false),
                    invoice_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    payment_path = table.Column<string>(type: "TEXT", nullable: true),
                    payment_cents = table.Column<long>(type: "INTEGER", nullable: true),
                    payment_settled = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    submitted_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    decided_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    stamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_procedures_files", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "procedures_handled_settlements",
                columns: table => new
                {
                    key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_procedures_handled_settlements", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "procedures_outbox_messages",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    type = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    payload = table.Column<string>(type: "TEXT", nullable: false),
                    occurred_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    next_attempt_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    processed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    last_error = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_procedures_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "procedures_procedures",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "TEXT", nullable: false),
                    theme = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    commune_insee = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    audience = table.Column<int>(type: "INTEGER", nullable: false),
                    opens_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    closes_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    published_version = table.Column<int>(type: "INTEGER", nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_procedures_procedures", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "procedures_file_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    file_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<int>(type: "INTEGER", nullable: false),
                    actor = table.Column<string>(type: "TEXT", nullable: false),
                    from_state = table.Column<string>(type: "TEXT", nullable: true),
                    to_state = table.Column<string>(type: "TEXT", nullable: true),
                    detail = table.Column<string>(type: "TEXT", nullable: false),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_procedures_file_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_procedures_file_events_files_file_id",
                        column: x => x.file_id,
                        principalTable: "procedures_files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "procedures_file_revisions",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    file_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    answers_json = table.Column<string>(type: "TEXT", nullable: false),
                    actor = table.Column<string>(type: "TEXT", nullable: false),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_procedures_file_revisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_procedures_file_revisions_files_file_id",
                        column: x => x.file_id,
                        principalTable: "procedures_files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "procedures_procedure_versions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    procedure_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    form_json = table.Column<string>(type: "TEXT", nullable: false),
                    workflow_json = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    published_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_procedures_procedure_versions", x => x.id);
                    table.ForeignKey(
                        name: "fk_procedures_procedure_versions_procedures_procedures_procedure_id",
                        column: x => x.procedure_id,
                        principalTable: "procedures_procedures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_procedures_file_documents_file_id",
                table: "procedures_file_documents",
                column: "file_id");

            migrationBuilder.CreateIndex(
                name: "ix_procedures_file_events_file_id",
                table: "procedures_file_events",
                column: "file_id");

            migrationBuilder.CreateIndex(
                name: "ix_procedures_file_messages_file_id",
                table: "procedures_file_messages",
                column: "file_id");

            migrationBuilder.CreateIndex(
                name: "ix_procedures_file_revisions_file_id_number",
                table: "procedures_file_revisions",
                columns: new[] { "file_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_procedures_files_applicant_account_id",
                table: "procedures_files",
                column: "applicant_account_id");

            migrationBuilder.CreateIndex(
                name: "ix_procedures_files_assignee_submitted_at",
                table: "procedures_files",
                columns: new[] { "assignee", "submitted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_procedures_files_commune_insee_state_kind_submitted_at",
                table: "procedures_files",
                columns: new[] { "commune_insee", "state_kind", "submitted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_procedures_files_number",
                table: "procedures_files",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_procedures_files_procedure_id_submitted_at",
                table: "procedures_files",
                columns: new[] { "procedure_id", "submitted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_procedures_files_tracking_code_hash",
                table: "procedures_files",
                column: "tracking_code_hash");

            migrationBuilder.CreateIndex(
                name: "ix_procedures_outbox_messages_processed_at_next_attempt_at",
                table: "procedures_outbox_messages",
                columns: new[] { "processed_at", "next_attempt_at" });

            migrationBuilder.CreateIndex(
                name: "ix_procedures_procedure_versions_procedure_id_number",
                table: "procedures_procedure_versions",
                columns: new[] { "procedure_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_procedures_procedures_slug",
                table: "procedures_procedures",
                column: "slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "procedures_file_counters");

            migrationBuilder.DropTable(
                name: "procedures_file_documents");

            migrationBuilder.DropTable(
                name: "procedures_file_events");

            migrationBuilder.DropTable(
                name: "procedures_file_messages");

            migrationBuilder.DropTable(
                name: "procedures_file_revisions");

            migrationBuilder.DropTable(
                name: "procedures_handled_settlements");

            migrationBuilder.DropTable(
                name: "procedures_outbox_messages");

            migrationBuilder.DropTable(
                name: "procedures_procedure_versions");

            migrationBuilder.DropTable(
                name: "procedures_files");

            migrationBuilder.DropTable(
                name: "procedures_procedures");
        }
    }
}
