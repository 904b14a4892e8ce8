using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bocage.Migrations.Sqlite.Procedures
{
    /// <inheritdoc />
    public partial class ProcedureServiceId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "service_id",
                table: "procedures_procedures",
                type: "INTEGER",
                nullable: true);

            // The kernel organisation's id was kept in the Guid's first four bytes: the first eight hex digits of its text.
            migrationBuilder.Sql("UPDATE procedures_procedures SET service_id = (instr('0123456789ABCDEF', upper(substr(organisation_id, 1, 1))) - 1) * 268435456 + (instr('0123456789ABCDEF', upper(substr(organisation_id, 2, 1))) - 1) * 16777216 + (instr('0123456789ABCDEF', upper(substr(organisation_id, 3, 1))) - 1) * 1048576 + (instr('0123456789ABCDEF', upper(substr(organisation_id, 4, 1))) - 1) * 65536 + (instr('0123456789ABCDEF', upper(substr(organisation_id, 5, 1))) - 1) * 4096 + (instr('0123456789ABCDEF', upper(substr(organisation_id, 6, 1))) - 1) * 256 + (instr('0123456789ABCDEF', upper(substr(organisation_id, 7, 1))) - 1) * 16 + (instr('0123456789ABCDEF', upper(substr(organisation_id, 8, 1))) - 1) * 1 WHERE organisation_id IS NOT NULL;");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "procedures_procedures");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "organisation_id",
                table: "procedures_procedures",
                type: "TEXT",
                nullable: true);

            migrationBuilder.Sql("UPDATE procedures_procedures SET organisation_id = printf('%08X-0000-0000-0000-000000000000', service_id) WHERE service_id IS NOT NULL;");

            migrationBuilder.DropColumn(
                name: "service_id",
                table: "procedures_procedures");
        }
    }
}
