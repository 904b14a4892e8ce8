using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bocage.Migrations.Sqlite.Places
{
    /// <inheritdoc />
    public partial class PlaceMedia : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "places_place_media",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    place_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    file_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    small_file_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    width = table.Column<int>(type: "INTEGER", nullable: false),
                    height = table.Column<int>(type: "INTEGER", nullable: false),
                    size_bytes = table.Column<long>(type: "INTEGER", nullable: false),
                    hotspots_json = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    description_en = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    description_fr = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    description_nl = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    title_en = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    title_fr = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    title_nl = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_places_place_media", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_places_place_media_place_id_position",
                table: "places_place_media",
                columns: new[] { "place_id", "position" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "places_place_media");
        }
    }
}
