using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bocage.Migrations.Postgres.Bookings
{
    /// <inheritdoc />
    public partial class ClosureHours : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<TimeOnly>(
                name: "from_time",
                schema: "bookings",
                table: "closures",
                type: "time without time zone",
                nullable: true);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "until_time",
                schema: "bookings",
                table: "closures",
                type: "time without time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "from_time",
                schema: "bookings",
                table: "closures");

            migrationBuilder.DropColumn(
                name: "until_time",
                schema: "bookings",
                table: "closures");
        }
    }
}
