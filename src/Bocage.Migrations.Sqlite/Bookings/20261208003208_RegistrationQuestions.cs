using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bocage.Migrations.Sqlite.Bookings
{
    /// <inheritdoc />
    public partial class RegistrationQuestions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "answers",
                table: "bookings_waiting_list",
                type: "TEXT",
                maxLength: 8000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "answers",
                table: "bookings_bookings",
                type: "TEXT",
                maxLength: 8000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "bookings_questions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    resource_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    label = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    kind = table.Column<int>(type: "INTEGER", nullable: false),
                    choices = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    required = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bookings_questions", x => x.id);
                    table.ForeignKey(
                        name: "fk_bookings_questions_resources_resource_id",
                        column: x => x.resource_id,
                        principalTable: "bookings_resources",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_bookings_questions_resource_id_position",
                table: "bookings_questions",
                columns: new[] { "resource_id", "position" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "bookings_questions");

            migrationBuilder.DropColumn(
                name: "answers",
                table: "bookings_waiting_list");

            migrationBuilder.DropColumn(
                name: "answers",
                table: "bookings_bookings");
        }
    }
}
