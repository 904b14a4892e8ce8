using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bocage.Migrations.Postgres.Procedures
{
    /// <inheritdoc />
    public partial class ProcedureServiceId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "service_id",
                schema: "procedures",
                table: "procedures",
                type: "integer",
                nullable: true);

            // The kernel organisation's id was kept in the Guid's first four bytes: the first eight hex digits of its text.
            migrationBuilder.Sql("UPDATE procedures.procedures SET service_id = ('x' || substr(organisation_id::text, 1, 8))::bit(32)::int WHERE organisation_id IS NOT NULL;");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                schema: "procedures",
                table: "procedures");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "organisation_id",
                schema: "procedures",
                table: "procedures",
                type: "uuid",
                nullable: true);

            migrationBuilder.Sql("UPDATE procedures.procedures SET organisation_id = (lpad(to_hex(service_id), 8, '0') || '-0000-0000-0000-000000000000')::uuid WHERE service_id IS NOT NULL;");

            migrationBuilder.DropColumn(
                name: "service_id",
                schema: "procedures",
                table: "procedures");
        }
    }
}
