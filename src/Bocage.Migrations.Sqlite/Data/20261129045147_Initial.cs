using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bocage.Migrations.Sqlite.Data
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "data_datasets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    slug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    description = table.Column<string>(type: "TEXT", nullable: false),
                    theme = table.Column<string>(type: "TEXT", nullable: false),
                    organisation_slug = table.Column<string>(type: "TEXT", nullable: false),
                    organisation_name = table.Column<string>(type: "TEXT", nullable: false),
                    commune_insee = table.Column<string>(type: "TEXT", nullable: true),
                    licence = table.Column<string>(type: "TEXT", nullable: false),
                    frequency = table.Column<string>(type: "TEXT", nullable: false),
                    producer = table.Column<string>(type: "TEXT", nullable: false),
                    source_module = table.Column<string>(type: "TEXT", nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_datasets", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "data_outbox_messages",
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
                    table.PrimaryKey("pk_data_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "data_rows",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    batch_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<long>(type: "INTEGER", nullable: false),
                    data = table.Column<string>(type: "TEXT", nullable: false),
                    geometry = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_rows", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "data_resources",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    dataset_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    slug = table.Column<string>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", nullable: false),
                    format = table.Column<string>(type: "TEXT", nullable: false),
                    fields_json = table.Column<string>(type: "TEXT", nullable: false),
                    schema_name = table.Column<string>(type: "TEXT", nullable: true),
                    batch_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    row_count = table.Column<long>(type: "INTEGER", nullable: false),
                    has_geometry = table.Column<bool>(type: "INTEGER", nullable: false),
                    file_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_resources", x => x.id);
                    table.ForeignKey(
                        name: "fk_data_resources_data_datasets_dataset_id",
                        column: x => x.dataset_id,
                        principalTable: "data_datasets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_data_datasets_slug",
                table: "data_datasets",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_data_outbox_messages_processed_at_next_attempt_at",
                table: "data_outbox_messages",
                columns: new[] { "processed_at", "next_attempt_at" });

            migrationBuilder.CreateIndex(
                name: "ix_data_resources_dataset_id_slug",
                table: "data_resources",
                columns: new[] { "dataset_id", "slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_data_rows_batch_id_number",
                table: "data_rows",
                columns: new[] { "batch_id", "number" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "data_outbox_messages");

            migrationBuilder.DropTable(
                name: "data_resources");

            migrationBuilder.DropTable(
                name: "data_rows");

            migrationBuilder.DropTable(
                name: "data_datasets");
        }
    }
}
