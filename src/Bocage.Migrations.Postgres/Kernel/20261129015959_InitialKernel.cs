using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Bocage.Migrations.Postgres.Kernel
{
    /// <inheritdoc />
    public partial class InitialKernel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "kernel");

            migrationBuilder.CreateTable(
                name: "audit_entries",
                schema: "kernel",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    on_behalf_of = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    action = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    target = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    commune_insee = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    details = table.Column<string>(type: "text", nullable: false),
                    previous_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "intercommunalities",
                schema: "kernel",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    short_name = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_intercommunalities", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "organisations",
                schema: "kernel",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    commune_insee = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organisations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "kernel",
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
                name: "roadmap_actions",
                schema: "kernel",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    pillar = table.Column<string>(type: "text", nullable: false),
                    axis = table.Column<string>(type: "text", nullable: false),
                    field = table.Column<string>(type: "text", nullable: false),
                    objective = table.Column<string>(type: "text", nullable: false),
                    action = table.Column<string>(type: "text", nullable: false),
                    tags = table.Column<string>(type: "text", nullable: false),
                    engines = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_roadmap_actions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "communes",
                schema: "kernel",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    intercommunality_id = table.Column<int>(type: "integer", nullable: false),
                    insee = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    population = table.Column<int>(type: "integer", nullable: false),
                    population_source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    boundary_geo_json = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_communes", x => x.id);
                    table.ForeignKey(
                        name: "fk_communes_intercommunalities_intercommunality_id",
                        column: x => x.intercommunality_id,
                        principalSchema: "kernel",
                        principalTable: "intercommunalities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_at",
                schema: "kernel",
                table: "audit_entries",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_commune_insee",
                schema: "kernel",
                table: "audit_entries",
                column: "commune_insee");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_previous_hash",
                schema: "kernel",
                table: "audit_entries",
                column: "previous_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_communes_insee",
                schema: "kernel",
                table: "communes",
                column: "insee",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_communes_intercommunality_id",
                schema: "kernel",
                table: "communes",
                column: "intercommunality_id");

            migrationBuilder.CreateIndex(
                name: "ix_communes_slug",
                schema: "kernel",
                table: "communes",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_intercommunalities_slug",
                schema: "kernel",
                table: "intercommunalities",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_organisations_commune_insee",
                schema: "kernel",
                table: "organisations",
                column: "commune_insee");

            migrationBuilder.CreateIndex(
                name: "ix_organisations_slug",
                schema: "kernel",
                table: "organisations",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_processed_at_next_attempt_at",
                schema: "kernel",
                table: "outbox_messages",
                columns: new[] { "processed_at", "next_attempt_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_entries",
                schema: "kernel");

            migrationBuilder.DropTable(
                name: "communes",
                schema: "kernel");

            migrationBuilder.DropTable(
                name: "organisations",
                schema: "kernel");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "kernel");

            migrationBuilder.DropTable(
                name: "roadmap_actions",
                schema: "kernel");

            migrationBuilder.DropTable(
                name: "intercommunalities",
                schema: "kernel");
        }
    }
}
