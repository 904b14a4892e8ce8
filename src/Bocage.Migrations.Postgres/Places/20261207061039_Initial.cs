using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Bocage.Migrations.Postgres.Places
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "places");

            migrationBuilder.CreateTable(
                name: "circuits",
                schema: "places",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    practice = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    difficulty = table.Column<int>(type: "integer", nullable: false),
                    duration_minutes = table.Column<int>(type: "integer", nullable: false),
                    start_commune_insee = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    dogs_allowed = table.Column<bool>(type: "boolean", nullable: false),
                    places_along = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    points = table.Column<string>(type: "text", nullable: false),
                    steps = table.Column<string>(type: "text", nullable: false),
                    length_metres = table.Column<int>(type: "integer", nullable: false),
                    climb_metres = table.Column<int>(type: "integer", nullable: false),
                    is_demo = table.Column<bool>(type: "boolean", nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    description_en = table.Column<string>(type: "text", nullable: true),
                    description_fr = table.Column<string>(type: "text", nullable: false),
                    description_nl = table.Column<string>(type: "text", nullable: true),
                    summary_en = table.Column<string>(type: "text", nullable: true),
                    summary_fr = table.Column<string>(type: "text", nullable: false),
                    summary_nl = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_circuits", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "places",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    payload = table.Column<string>(type: "text", nullable: false),
                    occurred_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    next_attempt_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    processed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    locked_until = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    locked_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "places",
                schema: "places",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    search_text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    closed_until = table.Column<DateOnly>(type: "date", nullable: true),
                    closed_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    details_bookables = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    details_commune_insee = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    details_email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    details_is_demo = table.Column<bool>(type: "boolean", nullable: false),
                    details_kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    details_labels = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    details_latitude = table.Column<double>(type: "double precision", nullable: false),
                    details_longitude = table.Column<double>(type: "double precision", nullable: false),
                    details_mediation_access = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    details_mediation_services = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    details_monthly_rent_cents = table.Column<long>(type: "bigint", nullable: true),
                    details_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    details_opening_hours = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    details_phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    details_postal_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    details_programmes = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    details_siret = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: false),
                    details_step_free = table.Column<bool>(type: "boolean", nullable: false),
                    details_street = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    details_surface_square_metres = table.Column<int>(type: "integer", nullable: true),
                    details_themes = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    details_website = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    details_accessibility_en = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    details_accessibility_fr = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    details_accessibility_nl = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    details_description_en = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    details_description_fr = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    details_description_nl = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    details_summary_en = table.Column<string>(type: "character varying(280)", maxLength: 280, nullable: true),
                    details_summary_fr = table.Column<string>(type: "character varying(280)", maxLength: 280, nullable: false),
                    details_summary_nl = table.Column<string>(type: "character varying(280)", maxLength: 280, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_places", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_deliveries",
                schema: "places",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    message_id = table.Column<long>(type: "bigint", nullable: false),
                    handler = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    delivered_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    last_error = table.Column<string>(type: "text", nullable: true),
                    dead_lettered_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_deliveries", x => x.id);
                    table.ForeignKey(
                        name: "fk_outbox_deliveries_outbox_messages_message_id",
                        column: x => x.message_id,
                        principalSchema: "places",
                        principalTable: "outbox_messages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_circuits_slug",
                schema: "places",
                table: "circuits",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_deliveries_dead_lettered_at",
                schema: "places",
                table: "outbox_deliveries",
                column: "dead_lettered_at");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_deliveries_message_id_handler",
                schema: "places",
                table: "outbox_deliveries",
                columns: new[] { "message_id", "handler" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_processed_at_next_attempt_at",
                schema: "places",
                table: "outbox_messages",
                columns: new[] { "processed_at", "next_attempt_at" });

            migrationBuilder.CreateIndex(
                name: "ix_places_slug",
                schema: "places",
                table: "places",
                column: "slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "circuits",
                schema: "places");

            migrationBuilder.DropTable(
                name: "outbox_deliveries",
                schema: "places");

            migrationBuilder.DropTable(
                name: "places",
                schema: "places");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "places");
        }
    }
}
