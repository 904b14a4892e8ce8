using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bocage.Migrations.Sqlite.Places
{
    /// <inheritdoc />
    public partial class PlaceChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "places_place_changes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    place_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    company_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    account_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    language = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    proposed_json = table.Column<string>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    decided_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_places_place_changes", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_places_place_changes_account_id",
                table: "places_place_changes",
                column: "account_id");

            migrationBuilder.CreateIndex(
                name: "ix_places_place_changes_place_id_status",
                table: "places_place_changes",
                columns: new[] { "place_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_places_place_changes_status",
                table: "places_place_changes",
                column: "status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "places_place_changes");
        }
    }
}
