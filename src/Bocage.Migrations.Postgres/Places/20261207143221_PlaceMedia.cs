using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bocage.Migrations.Postgres.Places
{
    /// <inheritdoc />
    public partial class PlaceMedia : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "place_media",
                schema: "places",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    place_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    file_id = table.Column<Guid>(type: "uuid", nullable: false),
                    small_file_id = table.Column<Guid>(type: "uuid", nullable: true),
                    width = table.Column<int>(type: "integer", nullable: false),
                    height = table.Column<int>(type: "integer", nullable: false),
                    size_bytes = table.Column<long>(type: "bigint", nullable: false),
                    hotspots_json = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    description_en = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    description_fr = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    description_nl = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    title_en = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    title_fr = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    title_nl = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_place_media", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_place_media_place_id_position",
                schema: "places",
                table: "place_media",
                columns: new[] { "place_id", "position" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "place_media",
                schema: "places");
        }
    }
}
