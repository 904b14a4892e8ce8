using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bocage.Migrations.Sqlite.Payments
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "payments_attempts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    regie_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id_op = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    refdet = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    exer = table.Column<int>(type: "INTEGER", nullable: false),
                    amount_cents = table.Column<long>(type: "INTEGER", nullable: false),
                    payer_email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    payer_account_id = table.Column<string>(type: "TEXT", nullable: true),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    first_notified_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    notification_count = table.Column<int>(type: "INTEGER", nullable: false),
                    resolved_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    last_polled_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    resultrans = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    numauto = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    refund_due = table.Column<bool>(type: "INTEGER", nullable: false),
                    version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_payments_attempts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "payments_invoices",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    reference = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    regie_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    payer_account_id = table.Column<string>(type: "TEXT", nullable: true),
                    payer_email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    payer_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    label = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    amount_cents = table.Column<long>(type: "INTEGER", nullable: false),
                    due_date_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    issued_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    cancel_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    paid_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    paid_by_attempt_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    pending_attempt_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    pending_since_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    origin = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    origin_reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_payments_invoices", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "payments_notifications",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    id_op = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    received_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_payments_notifications", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "payments_outbox_messages",
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
                    table.PrimaryKey("pk_payments_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "payments_receipt_counters",
                columns: table => new
                {
                    regie_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    next = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_payments_receipt_counters", x => new { x.regie_id, x.year });
                });

            migrationBuilder.CreateTable(
                name: "payments_receipts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    regie_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    attempt_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    amount_cents = table.Column<long>(type: "INTEGER", nullable: false),
                    issued_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_payments_receipts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "payments_regies",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    commune_insee = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    numcli = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    mode = table.Column<int>(type: "INTEGER", nullable: false),
                    accounting_reference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_payments_regies", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "payments_attempt_invoices",
                columns: table => new
                {
                    attempt_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    invoice_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    amount_cents = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_payments_attempt_invoices", x => new { x.attempt_id, x.invoice_id });
                    table.ForeignKey(
                        name: "fk_payments_attempt_invoices_attempts_attempt_id",
                        column: x => x.attempt_id,
                        principalTable: "payments_attempts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "payments_invoice_lines",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    label = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    amount_cents = table.Column<long>(type: "INTEGER", nullable: false),
                    invoice_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_payments_invoice_lines", x => x.id);
                    table.ForeignKey(
                        name: "fk_payments_invoice_lines_payments_invoices_invoice_id",
                        column: x => x.invoice_id,
                        principalTable: "payments_invoices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_payments_attempt_invoices_invoice_id",
                table: "payments_attempt_invoices",
                column: "invoice_id");

            migrationBuilder.CreateIndex(
                name: "ix_payments_attempts_id_op",
                table: "payments_attempts",
                column: "id_op",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_payments_attempts_status_created_at_utc",
                table: "payments_attempts",
                columns: new[] { "status", "created_at_utc" });

            migrationBuilder.CreateIndex(
                name: "ix_payments_invoice_lines_invoice_id",
                table: "payments_invoice_lines",
                column: "invoice_id");

            migrationBuilder.CreateIndex(
                name: "ix_payments_invoices_origin_origin_reference",
                table: "payments_invoices",
                columns: new[] { "origin", "origin_reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_payments_invoices_payer_account_id",
                table: "payments_invoices",
                column: "payer_account_id");

            migrationBuilder.CreateIndex(
                name: "ix_payments_invoices_reference",
                table: "payments_invoices",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_payments_invoices_regie_id_status",
                table: "payments_invoices",
                columns: new[] { "regie_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_payments_notifications_id_op",
                table: "payments_notifications",
                column: "id_op");

            migrationBuilder.CreateIndex(
                name: "ix_payments_outbox_messages_processed_at_next_attempt_at",
                table: "payments_outbox_messages",
                columns: new[] { "processed_at", "next_attempt_at" });

            migrationBuilder.CreateIndex(
                name: "ix_payments_receipts_attempt_id",
                table: "payments_receipts",
                column: "attempt_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_payments_receipts_regie_id_year_number",
                table: "payments_receipts",
                columns: new[] { "regie_id", "year", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_payments_regies_code",
                table: "payments_regies",
                column: "code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "payments_attempt_invoices");

            migrationBuilder.DropTable(
                name: "payments_invoice_lines");

            migrationBuilder.DropTable(
                name: "payments_notifications");

            migrationBuilder.DropTable(
                name: "payments_outbox_messages");

            migrationBuilder.DropTable(
                name: "payments_receipt_counters");

            migrationBuilder.DropTable(
                name: "payments_receipts");

            migrationBuilder.DropTable(
                name: "payments_regies");

            migrationBuilder.DropTable(
                name: "payments_attempts");

            migrationBuilder.DropTable(
                name: "payments_invoices");
        }
    }
}
