using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bocage.Migrations.Sqlite.OpenData
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "data_coverage_reports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    commune_insee = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    technology = table.Column<int>(type: "INTEGER", nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    reported_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    reviewed_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    reviewed_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_coverage_reports", x => x.id);
                });

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
                name: "data_indicators",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    unit = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    method = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    theme = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    scale = table.Column<int>(type: "INTEGER", nullable: false),
                    visibility = table.Column<int>(type: "INTEGER", nullable: false),
                    shared_with = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    producer_organisation = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_indicators", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "data_map_features",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    layer = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    commune_insee = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    latitude = table.Column<double>(type: "REAL", nullable: false),
                    longitude = table.Column<double>(type: "REAL", nullable: false),
                    category = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    details = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_map_features", x => x.id);
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

            migrationBuilder.CreateTable(
                name: "data_indicator_values",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    indicator_id = table.Column<int>(type: "INTEGER", nullable: false),
                    commune_insee = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    period = table.Column<int>(type: "INTEGER", nullable: false),
                    scaled = table.Column<long>(type: "INTEGER", nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    submitted_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    submitted_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    reviewed_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    reviewed_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_indicator_values", x => x.id);
                    table.ForeignKey(
                        name: "fk_data_indicator_values_data_indicators_indicator_id",
                        column: x => x.indicator_id,
                        principalTable: "data_indicators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_data_coverage_reports_status",
                table: "data_coverage_reports",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_data_datasets_slug",
                table: "data_datasets",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_data_indicator_values_indicator_id_commune_insee_period",
                table: "data_indicator_values",
                columns: new[] { "indicator_id", "commune_insee", "period" });

            migrationBuilder.CreateIndex(
                name: "ix_data_indicator_values_status",
                table: "data_indicator_values",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_data_indicators_slug",
                table: "data_indicators",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_data_map_features_layer",
                table: "data_map_features",
                column: "layer");

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
                name: "data_coverage_reports");

            migrationBuilder.DropTable(
                name: "data_indicator_values");

            migrationBuilder.DropTable(
                name: "data_map_features");

            migrationBuilder.DropTable(
                name: "data_outbox_messages");

            migrationBuilder.DropTable(
                name: "data_resources");

            migrationBuilder.DropTable(
                name: "data_rows");

            migrationBuilder.DropTable(
                name: "data_indicators");

            migrationBuilder.DropTable(
                name: "data_datasets");
        }
    }
}
