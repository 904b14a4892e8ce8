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
                name: "outbox_messages",
                schema: "procedures");

            migrationBuilder.DropTable(
                name: "procedure_versions",
                schema: "procedures");

            migrationBuilder.DropTable(
                name: "procedures",
                schema: "procedures");
        }
    }
}
