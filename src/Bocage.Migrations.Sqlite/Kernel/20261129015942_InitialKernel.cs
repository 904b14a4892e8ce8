using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bocage.Migrations.Sqlite.Kernel
{
    /// <inheritdoc />
    public partial class InitialKernel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "kernel_audit_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    on_behalf_of = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    action = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    target = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    commune_insee = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    details = table.Column<string>(type: "TEXT", nullable: false),
                    previous_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kernel_audit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "kernel_intercommunalities",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    short_name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kernel_intercommunalities", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "kernel_organisations",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    kind = table.Column<int>(type: "INTEGER", nullable: false),
                    commune_insee = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kernel_organisations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "kernel_outbox_messages",
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
                    table.PrimaryKey("pk_kernel_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "kernel_roadmap_actions",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    pillar = table.Column<string>(type: "TEXT", nullable: false),
                    axis = table.Column<string>(type: "TEXT", nullable: false),
                    field = table.Column<string>(type: "TEXT", nullable: false),
                    objective = table.Column<string>(type: "TEXT", nullable: false),
                    action = table.Column<string>(type: "TEXT", nullable: false),
                    tags = table.Column<string>(type: "TEXT", nullable: false),
                    engines = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kernel_roadmap_actions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "kernel_communes",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    intercommunality_id = table.Column<int>(type: "INTEGER", nullable: false),
                    insee = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    population = table.Column<int>(type: "INTEGER", nullable: false),
                    population_source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    boundary_geo_json = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kernel_communes", x => x.id);
                    table.ForeignKey(
                        name: "fk_kernel_communes_intercommunalities_intercommunality_id",
                        column: x => x.intercommunality_id,
                        principalTable: "kernel_intercommunalities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_kernel_audit_entries_at",
                table: "kernel_audit_entries",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_kernel_audit_entries_commune_insee",
                table: "kernel_audit_entries",
                column: "commune_insee");

            migrationBuilder.CreateIndex(
                name: "ix_kernel_audit_entries_previous_hash",
                table: "kernel_audit_entries",
                column: "previous_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_kernel_communes_insee",
                table: "kernel_communes",
                column: "insee",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_kernel_communes_intercommunality_id",
                table: "kernel_communes",
                column: "intercommunality_id");

            migrationBuilder.CreateIndex(
                name: "ix_kernel_communes_slug",
                table: "kernel_communes",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_kernel_intercommunalities_slug",
                table: "kernel_intercommunalities",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_kernel_organisations_commune_insee",
                table: "kernel_organisations",
                column: "commune_insee");

            migrationBuilder.CreateIndex(
                name: "ix_kernel_organisations_slug",
                table: "kernel_organisations",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_kernel_outbox_messages_processed_at_next_attempt_at",
                table: "kernel_outbox_messages",
                columns: new[] { "processed_at", "next_attempt_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "kernel_audit_entries");

            migrationBuilder.DropTable(
                name: "kernel_communes");

            migrationBuilder.DropTable(
                name: "kernel_organisations");

            migrationBuilder.DropTable(
                name: "kernel_outbox_messages");

            migrationBuilder.DropTable(
                name: "kernel_roadmap_actions");

            migrationBuilder.DropTable(
                name: "kernel_intercommunalities");
        }
    }
}
