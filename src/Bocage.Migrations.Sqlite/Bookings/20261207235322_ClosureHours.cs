using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bocage.Migrations.Sqlite.Bookings
{
    /// <inheritdoc />
    public partial class ClosureHours : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<TimeOnly>(
                name: "from_time",
                table: "bookings_closures",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "until_time",
                table: "bookings_closures",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "from_time",
                table: "bookings_closures");

            migrationBuilder.DropColumn(
                name: "until_time",
                table: "bookings_closures");
        }
    }
}
