using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Bocage.Migrations.Postgres.Procedures
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "procedures");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateTable(
                name: "file_counters",
                schema: "procedures",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    last = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_file_counters", x => x.year);
                });

            migrationBuilder.CreateTable(
                name: "file_documents",
                schema: "procedures",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_file_documents", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "file_messages",
                schema: "procedures",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    file_id = table.Column<Guid>(type: "uuid", nullable: false),
                    author = table.Column<string>(type: "text", nullable: false),
                    from_agent = table.Column<bool>(type: "boolean", nullable: false),
                    is_private = table.Column<bool>(type: "boolean", nullable: false),
                    text = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_file_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "files",
                schema: "procedures",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    procedure_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version_id = table.Column<Guid>(type: "uuid", nullable: false),
                    commune_insee = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    applicant_account_id = table.Column<string>(type: "text", nullable: true),
                    company_id = table.Column<Guid>(type: "uuid", nullable: true),
                    mediator_account_id = table.Column<string>(type: "text", nullable: true),
                    applicant_email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    tracking_code_hash = table.Column<string>(type: "text", nullable: true),
                    answers_json = table.Column<string>(type: "text", nullable: false),
                    search_text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    state_key = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    state_kind = table.Column<int>(type: "integer", nullable: false),
                    assignee = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    reopened_json = table.Column<string>(type: "text", nullable: false),
                    invoice_id = table.Column<Guid>(type: "uuid", nullable: true),
                    payment_path = table.Column<string>(type: "text", nullable: true),
                    payment_cents = table.Column<long>(type: "bigint", nullable: true),
                    payment_settled = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    submitted_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    decided_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    stamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_files", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "handled_settlements",
                schema: "procedures",
                columns: table => new
                {
                    key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_handled_settlements", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "procedures",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    payload = table.Column<string>(type: "text", nullable: false),
                    occurred_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    next_attempt_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    processed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "procedures",
                schema: "procedures",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "text", nullable: false),
                    theme = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    commune_insee = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    audience = table.Column<int>(type: "integer", nullable: false),
                    opens_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    closes_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    published_version = table.Column<int>(type: "integer", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_procedures", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "file_events",
                schema: "procedures",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    file_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    actor = table.Column<string>(type: "text", nullable: false),
                    from_state = table.Column<string>(type: "text", nullable: true),
                    to_state = table.Column<string>(type: "text", nullable: true),
                    detail = table.Column<string>(type: "text", nullable: false),
                    at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_file_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_file_events_files_file_id",
                        column: x => x.file_id,
                        principalSchema: "procedures",
                        principalTable: "files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "file_revisions",
                schema: "procedures",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    file_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    answers_json = table.Column<string>(type: "text", nullable: false),
                    actor = table.Column<string>(type: "text", nullable: false),
                    at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_file_revisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_file_revisions_files_file_id",
                        column: x => x.file_id,
                        principalSchema: "procedures",
                        principalTable: "files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "procedure_versions",
                schema: "procedures",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    procedure_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    form_json = table.Column<string>(type: "text", nullable: false),
                    workflow_json = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    published_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_procedure_versions", x => x.id);
                    table.ForeignKey(
                        name: "fk_procedure_versions_procedures_procedure_id",
                        column: x => x.procedure_id,
                        principalSchema: "procedures",
                        principalTable: "procedures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_file_documents_file_id",
                schema: "procedures",
                table: "file_documents",
                column: "file_id");

            migrationBuilder.CreateIndex(
                name: "ix_file_events_file_id",
                schema: "procedures",
                table: "file_events",
                column: "file_id");

            migrationBuilder.CreateIndex(
                name: "ix_file_messages_file_id",
                schema: "procedures",
                table: "file_messages",
                column: "file_id");

            migrationBuilder.CreateIndex(
                name: "ix_file_revisions_file_id_number",
                schema: "procedures",
                table: "file_revisions",
                columns: new[] { "file_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_files_applicant_account_id",
                schema: "procedures",
                table: "files",
                column: "applicant_account_id");

            migrationBuilder.CreateIndex(
                name: "ix_files_assignee_submitted_at",
                schema: "procedures",
                table: "files",
                columns: new[] { "assignee", "submitted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_files_commune_insee_state_kind_submitted_at",
                schema: "procedures",
                table: "files",
                columns: new[] { "commune_insee", "state_kind", "submitted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_files_number",
                schema: "procedures",
                table: "files",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_files_procedure_id_submitted_at",
                schema: "procedures",
                table: "files",
                columns: new[] { "procedure_id", "submitted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_files_search_text",
                schema: "procedures",
                table: "files",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_files_tracking_code_hash",
                schema: "procedures",
                table: "files",
                column: "tracking_code_hash");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_processed_at_next_attempt_at",
                schema: "procedures",
                table: "outbox_messages",
                columns: new[] { "processed_at", "next_attempt_at" });

            migrationBuilder.CreateIndex(
                name: "ix_procedure_versions_procedure_id_number",
                schema: "procedures",
                table: "procedure_versions",
                columns: new[] { "procedure_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_procedures_slug",
                schema: "procedures",
                table: "procedures",
                column: "slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "file_counters",
                schema: "procedures");

            migrationBuilder.DropTable(
                name: "file_documents",
                schema: "procedures");

            migrationBuilder.DropTable(
                name: "file_events",
                schema: "procedures");

            migrationBuilder.DropTable(
                name: "file_messages",
                schema: "procedures");

            migrationBuilder.DropTable(
                name: "file_revisions",
                schema: "procedures");

            migrationBuilder.DropTable(
                name: "handled_settlements",
                schema: "procedures");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "procedures");

            migrationBuilder.DropTable(
                name: "procedure_versions",
                schema: "procedures");

            migrationBuilder.DropTable(
                name: "files",
                schema: "procedures");

            migrationBuilder.DropTable(
                name: "procedures",
                schema: "procedures");
        }
    }
}
