using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bocage.Migrations.Sqlite.Payments
{
    /// <inheritdoc />
    public partial class OutboxDeliveries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "attempts",
                table: "payments_outbox_messages");

            // Attempts and errors are now recorded per handler (outbox_deliveries); the message keeps its claim.
            migrationBuilder.DropColumn(
                name: "last_error",
                table: "payments_outbox_messages");

            migrationBuilder.AddColumn<DateTime>(
                name: "locked_until",
                table: "payments_outbox_messages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "locked_by",
                table: "payments_outbox_messages",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "payments_outbox_deliveries",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    message_id = table.Column<long>(type: "INTEGER", nullable: false),
                    handler = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    next_attempt_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    delivered_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    last_error = table.Column<string>(type: "TEXT", nullable: true),
                    dead_lettered_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_payments_outbox_deliveries", x => x.id);
                    table.ForeignKey(
                        name: "fk_payments_outbox_deliveries_outbox_messages_message_id",
                        column: x => x.message_id,
                        principalTable: "payments_outbox_messages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_payments_outbox_deliveries_dead_lettered_at",
                table: "payments_outbox_deliveries",
                column: "dead_lettered_at");

            migrationBuilder.CreateIndex(
                name: "ix_payments_outbox_deliveries_message_id_handler",
                table: "payments_outbox_deliveries",
                columns: new[] { "message_id", "handler" },
                unique: true);

            // Stored events are named by their contract, no longer by their CLR type (which moved twice): rename what is already stored.
            migrationBuilder.Sql("UPDATE payments_outbox_messages SET type = 'payments.invoice-settled.v1' WHERE type IN ('Bocage.Kernel.Invoicing.InvoiceSettled', 'Bocage.Payments.Contracts.InvoiceSettled');");
            migrationBuilder.Sql("UPDATE payments_outbox_messages SET type = 'payments.payment-confirmed.v1' WHERE type IN ('Bocage.Payments.Services.PaymentConfirmed', 'Bocage.Payments.Domain.Receipts.PaymentConfirmed');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Back to the CLR names of the code that read them before this migration.
            migrationBuilder.Sql("UPDATE payments_outbox_messages SET type = 'Bocage.Payments.Contracts.InvoiceSettled' WHERE type = 'payments.invoice-settled.v1';");
            migrationBuilder.Sql("UPDATE payments_outbox_messages SET type = 'Bocage.Payments.Domain.Receipts.PaymentConfirmed' WHERE type = 'payments.payment-confirmed.v1';");

            migrationBuilder.DropTable(
                name: "payments_outbox_deliveries");

            migrationBuilder.DropColumn(
                name: "locked_by",
                table: "payments_outbox_messages");

            migrationBuilder.DropColumn(
                name: "locked_until",
                table: "payments_outbox_messages");

            migrationBuilder.AddColumn<string>(
                name: "last_error",
                table: "payments_outbox_messages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "attempts",
                table: "payments_outbox_messages",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }
    }
}
