using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bocage.Migrations.Postgres.Places
{
    /// <inheritdoc />
    public partial class CompanyNewEntries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "commune_insee",
                schema: "places",
                table: "place_changes",
                type: "character varying(5)",
                maxLength: 5,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "is_new_entry",
                schema: "places",
                table: "place_changes",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "ix_place_changes_company_id_is_new_entry",
                schema: "places",
                table: "place_changes",
                columns: new[] { "company_id", "is_new_entry" });

            // EF Core cannot declare an index on a complex property's columns (the place's details): the
            // directory's filters by commune and kind get theirs here, outside the model.
            migrationBuilder.CreateIndex(
                name: "ix_places_commune_kind",
                schema: "places",
                table: "places",
                columns: new[] { "details_commune_insee", "details_kind" });

            migrationBuilder.CreateIndex(
                name: "ix_places_kind",
                schema: "places",
                table: "places",
                column: "details_kind");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_places_commune_kind",
                schema: "places",
                table: "places");

            migrationBuilder.DropIndex(
                name: "ix_places_kind",
                schema: "places",
                table: "places");

            migrationBuilder.DropIndex(
                name: "ix_place_changes_company_id_is_new_entry",
                schema: "places",
                table: "place_changes");

            migrationBuilder.DropColumn(
                name: "commune_insee",
                schema: "places",
                table: "place_changes");

            migrationBuilder.DropColumn(
                name: "is_new_entry",
                schema: "places",
                table: "place_changes");
        }
    }
}
