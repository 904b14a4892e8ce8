using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bocage.Migrations.Sqlite.Places
{
    /// <inheritdoc />
    public partial class CompanyNewEntries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "commune_insee",
                table: "places_place_changes",
                type: "TEXT",
                maxLength: 5,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "is_new_entry",
                table: "places_place_changes",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "ix_places_place_changes_company_id_is_new_entry",
                table: "places_place_changes",
                columns: new[] { "company_id", "is_new_entry" });

            // EF Core cannot declare an index on a complex property's columns (the place's details): the
            // directory's filters by commune and kind get theirs here, outside the model.
            migrationBuilder.CreateIndex(
                name: "ix_places_commune_kind",
                table: "places_places",
                columns: new[] { "details_commune_insee", "details_kind" });

            migrationBuilder.CreateIndex(
                name: "ix_places_kind",
                table: "places_places",
                column: "details_kind");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_places_commune_kind",
                table: "places_places");

            migrationBuilder.DropIndex(
                name: "ix_places_kind",
                table: "places_places");

            migrationBuilder.DropIndex(
                name: "ix_places_place_changes_company_id_is_new_entry",
                table: "places_place_changes");

            migrationBuilder.DropColumn(
                name: "commune_insee",
                table: "places_place_changes");

            migrationBuilder.DropColumn(
                name: "is_new_entry",
                table: "places_place_changes");
        }
    }
}
