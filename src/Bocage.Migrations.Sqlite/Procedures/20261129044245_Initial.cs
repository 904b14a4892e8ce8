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
                name: "procedures_outbox_messages");

            migrationBuilder.DropTable(
                name: "procedures_procedure_versions");

            migrationBuilder.DropTable(
                name: "procedures_procedures");
        }
    }
}
