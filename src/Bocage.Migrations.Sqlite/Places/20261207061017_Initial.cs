using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bocage.Migrations.Sqlite.Places
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "places_circuits",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    practice = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    difficulty = table.Column<int>(type: "INTEGER", nullable: false),
                    duration_minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    start_commune_insee = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    dogs_allowed = table.Column<bool>(type: "INTEGER", nullable: false),
                    places_along = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    points = table.Column<string>(type: "TEXT", nullable: false),
                    steps = table.Column<string>(type: "TEXT", nullable: false),
                    length_metres = table.Column<int>(type: "INTEGER", nullable: false),
                    climb_metres = table.Column<int>(type: "INTEGER", nullable: false),
                    is_demo = table.Column<bool>(type: "INTEGER", nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    description_en = table.Column<string>(type: "TEXT", nullable: true),
                    description_fr = table.Column<string>(type: "TEXT", nullable: false),
                    description_nl = table.Column<string>(type: "TEXT", nullable: true),
                    summary_en = table.Column<string>(type: "TEXT", nullable: true),
                    summary_fr = table.Column<string>(type: "TEXT", nullable: false),
                    summary_nl = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_places_circuits", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "places_outbox_messages",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    type = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    payload = table.Column<string>(type: "TEXT", nullable: false),
                    occurred_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    next_attempt_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    processed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    locked_until = table.Column<DateTime>(type: "TEXT", nullable: true),
                    locked_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_places_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "places_places",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    search_text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    closed_until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    closed_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    details_bookables = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    details_commune_insee = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    details_email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    details_is_demo = table.Column<bool>(type: "INTEGER", nullable: false),
                    details_kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    details_labels = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    details_latitude = table.Column<double>(type: "REAL", nullable: false),
                    details_longitude = table.Column<double>(type: "REAL", nullable: false),
                    details_mediation_access = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    details_mediation_services = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    details_monthly_rent_cents = table.Column<long>(type: "INTEGER", nullable: true),
                    details_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    details_opening_hours = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    details_phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    details_postal_code = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    details_programmes = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    details_siret = table.Column<string>(type: "TEXT", maxLength: 14, nullable: false),
                    details_step_free = table.Column<bool>(type: "INTEGER", nullable: false),
                    details_street = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    details_surface_square_metres = table.Column<int>(type: "INTEGER", nullable: true),
                    details_themes = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    details_website = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    details_accessibility_en = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    details_accessibility_fr = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    details_accessibility_nl = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    details_description_en = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    details_description_fr = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    details_description_nl = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    details_summary_en = table.Column<string>(type: "TEXT", maxLength: 280, nullable: true),
                    details_summary_fr = table.Column<string>(type: "TEXT", maxLength: 280, nullable: false),
                    details_summary_nl = table.Column<string>(type: "TEXT", maxLength: 280, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_places_places", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "places_outbox_deliveries",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    message_id = table.Column<long>(type: "INTEGER", nullable: false),
                    handler = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    next_attempt_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    delivered_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    last_error = table.Column<string>(type: "TEXT", nullable: true),
                    dead_lettered_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_places_outbox_deliveries", x => x.id);
                    table.ForeignKey(
                        name: "fk_places_outbox_deliveries_outbox_messages_message_id",
                        column: x => x.message_id,
                        principalTable: "places_outbox_messages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_places_circuits_slug",
                table: "places_circuits",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_places_outbox_deliveries_dead_lettered_at",
                table: "places_outbox_deliveries",
                column: "dead_lettered_at");

            migrationBuilder.CreateIndex(
                name: "ix_places_outbox_deliveries_message_id_handler",
                table: "places_outbox_deliveries",
                columns: new[] { "message_id", "handler" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_places_outbox_messages_processed_at_next_attempt_at",
                table: "places_outbox_messages",
                columns: new[] { "processed_at", "next_attempt_at" });

            migrationBuilder.CreateIndex(
                name: "ix_places_places_slug",
                table: "places_places",
                column: "slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "places_circuits");

            migrationBuilder.DropTable(
                name: "places_outbox_deliveries");

            migrationBuilder.DropTable(
                name: "places_places");

            migrationBuilder.DropTable(
                name: "places_outbox_messages");
        }
    }
}
