using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Bocage.Migrations.Postgres.Payments
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "payments");

            migrationBuilder.CreateTable(
                name: "attempts",
                schema: "payments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    regie_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id_op = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    refdet = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    exer = table.Column<int>(type: "integer", nullable: false),
                    amount_cents = table.Column<long>(type: "bigint", nullable: false),
                    payer_email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    payer_account_id = table.Column<string>(type: "text", nullable: true),
                    status = table.Column<int>(type: "integer", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    first_notified_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    notification_count = table.Column<int>(type: "integer", nullable: false),
                    resolved_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    last_polled_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    resultrans = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    numauto = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    refund_due = table.Column<bool>(type: "boolean", nullable: false),
                    version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_attempts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "invoices",
                schema: "payments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    reference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    regie_id = table.Column<Guid>(type: "uuid", nullable: false),
                    payer_account_id = table.Column<string>(type: "text", nullable: true),
                    payer_email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    payer_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    label = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    amount_cents = table.Column<long>(type: "bigint", nullable: false),
                    due_date_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    issued_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    cancel_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    paid_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    paid_by_attempt_id = table.Column<Guid>(type: "uuid", nullable: true),
                    pending_attempt_id = table.Column<Guid>(type: "uuid", nullable: true),
                    pending_since_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    origin = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    origin_reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_invoices", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "notifications",
                schema: "payments",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    id_op = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    received_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notifications", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "payments",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    payload = table.Column<string>(type: "text", nullable: false),
                    occurred_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    next_attempt_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    processed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "receipt_counters",
                schema: "payments",
                columns: table => new
                {
                    regie_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    next = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_receipt_counters", x => new { x.regie_id, x.year });
                });

            migrationBuilder.CreateTable(
                name: "receipts",
                schema: "payments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    regie_id = table.Column<Guid>(type: "uuid", nullable: false),
                    attempt_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    amount_cents = table.Column<long>(type: "bigint", nullable: false),
                    issued_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_receipts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "regies",
                schema: "payments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    commune_insee = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    numcli = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    mode = table.Column<int>(type: "integer", nullable: false),
                    accounting_reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_regies", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "attempt_invoices",
                schema: "payments",
                columns: table => new
                {
                    attempt_id = table.Column<Guid>(type: "uuid", nullable: false),
                    invoice_id = table.Column<Guid>(type: "uuid", nullable: false),
                    amount_cents = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_attempt_invoices", x => new { x.attempt_id, x.invoice_id });
                    table.ForeignKey(
                        name: "fk_attempt_invoices_attempts_attempt_id",
                        column: x => x.attempt_id,
                        principalSchema: "payments",
                        principalTable: "attempts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "invoice_lines",
                schema: "payments",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    label = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    amount_cents = table.Column<long>(type: "bigint", nullable: false),
                    invoice_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_invoice_lines", x => x.id);
                    table.ForeignKey(
                        name: "fk_invoice_lines_invoices_invoice_id",
                        column: x => x.invoice_id,
                        principalSchema: "payments",
                        principalTable: "invoices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_attempt_invoices_invoice_id",
                schema: "payments",
                table: "attempt_invoices",
                column: "invoice_id");

            migrationBuilder.CreateIndex(
                name: "ix_attempts_id_op",
                schema: "payments",
                table: "attempts",
                column: "id_op",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_attempts_status_created_at_utc",
                schema: "payments",
                table: "attempts",
                columns: new[] { "status", "created_at_utc" });

            migrationBuilder.CreateIndex(
                name: "ix_invoice_lines_invoice_id",
                schema: "payments",
                table: "invoice_lines",
                column: "invoice_id");

            migrationBuilder.CreateIndex(
                name: "ix_invoices_origin_origin_reference",
                schema: "payments",
                table: "invoices",
                columns: new[] { "origin", "origin_reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_invoices_payer_account_id",
                schema: "payments",
                table: "invoices",
                column: "payer_account_id");

            migrationBuilder.CreateIndex(
                name: "ix_invoices_reference",
                schema: "payments",
                table: "invoices",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_invoices_regie_id_status",
                schema: "payments",
                table: "invoices",
                columns: new[] { "regie_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_notifications_id_op",
                schema: "payments",
                table: "notifications",
                column: "id_op");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_processed_at_next_attempt_at",
                schema: "payments",
                table: "outbox_messages",
                columns: new[] { "processed_at", "next_attempt_at" });

            migrationBuilder.CreateIndex(
                name: "ix_receipts_attempt_id",
                schema: "payments",
                table: "receipts",
                column: "attempt_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_receipts_regie_id_year_number",
                schema: "payments",
                table: "receipts",
                columns: new[] { "regie_id", "year", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_regies_code",
                schema: "payments",
                table: "regies",
                column: "code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "attempt_invoices",
                schema: "payments");

            migrationBuilder.DropTable(
                name: "invoice_lines",
                schema: "payments");

            migrationBuilder.DropTable(
                name: "notifications",
                schema: "payments");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "payments");

            migrationBuilder.DropTable(
                name: "receipt_counters",
                schema: "payments");

            migrationBuilder.DropTable(
                name: "receipts",
                schema: "payments");

            migrationBuilder.DropTable(
                name: "regies",
                schema: "payments");

            migrationBuilder.DropTable(
                name: "attempts",
                schema: "payments");

            migrationBuilder.DropTable(
                name: "invoices",
                schema: "payments");
        }
    }
}
