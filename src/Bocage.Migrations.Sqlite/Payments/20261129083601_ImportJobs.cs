using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bocage.Migrations.Sqlite.Payments
{
    /// <inheritdoc />
    public partial class ImportJobs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "payments_import_jobs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    agent_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    file_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    state = table.Column<int>(type: "INTEGER", nullable: false),
                    total_lines = table.Column<int>(type: "INTEGER", nullable: false),
                    lines_done = table.Column<int>(type: "INTEGER", nullable: false),
                    issued = table.Column<int>(type: "INTEGER", nullable: false),
                    issued_cents = table.Column<long>(type: "INTEGER", nullable: false),
                    refused = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    started_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    heartbeat_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    finished_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    error = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_payments_import_jobs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "payments_import_refusals",
                columns: table => new
                {
                    job_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    line = table.Column<int>(type: "INTEGER", nullable: false),
                    reasons = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_payments_import_refusals", x => new { x.job_id, x.line });
                });

            migrationBuilder.CreateIndex(
                name: "ix_payments_import_jobs_agent_id_created_at_utc",
                table: "payments_import_jobs",
                columns: new[] { "agent_id", "created_at_utc" });

            migrationBuilder.CreateIndex(
                name: "ix_payments_import_jobs_state_created_at_utc",
                table: "payments_import_jobs",
                columns: new[] { "state", "created_at_utc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "payments_import_jobs");

            migrationBuilder.DropTable(
                name: "payments_import_refusals");
        }
    }
}
