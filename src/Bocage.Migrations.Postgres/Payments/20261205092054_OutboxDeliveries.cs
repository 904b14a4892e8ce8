using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Bocage.Migrations.Postgres.Payments
{
    /// <inheritdoc />
    public partial class OutboxDeliveries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "attempts",
                schema: "payments",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "last_error",
                schema: "payments",
                table: "outbox_messages");

            migrationBuilder.AddColumn<string>(
                name: "locked_by",
                schema: "payments",
                table: "outbox_messages",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "locked_until",
                schema: "payments",
                table: "outbox_messages",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "outbox_deliveries",
                schema: "payments",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    message_id = table.Column<long>(type: "bigint", nullable: false),
                    handler = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    delivered_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    last_error = table.Column<string>(type: "text", nullable: true),
                    dead_lettered_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_deliveries", x => x.id);
                    table.ForeignKey(
                        name: "fk_outbox_deliveries_outbox_messages_message_id",
                        column: x => x.message_id,
                        principalSchema: "payments",
                        principalTable: "outbox_messages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_deliveries_dead_lettered_at",
                schema: "payments",
                table: "outbox_deliveries",
                column: "dead_lettered_at");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_deliveries_message_id_handler",
                schema: "payments",
                table: "outbox_deliveries",
                columns: new[] { "message_id", "handler" },
                unique: true);

            // Stored events are named by their contract, no longer by their CLR type (which moved twice): rename what is already stored.
            migrationBuilder.Sql("UPDATE payments.outbox_messages SET type = 'payments.invoice-settled.v1' WHERE type IN ('Bocage.Kernel.Invoicing.InvoiceSettled', 'Bocage.Payments.Contracts.InvoiceSettled');");
            migrationBuilder.Sql("UPDATE payments.outbox_messages SET type = 'payments.payment-confirmed.v1' WHERE type IN ('Bocage.Payments.Services.PaymentConfirmed', 'Bocage.Payments.Domain.Receipts.PaymentConfirmed');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Back to the CLR names of the code that read them before this migration.
            migrationBuilder.Sql("UPDATE payments.outbox_messages SET type = 'Bocage.Payments.Contracts.InvoiceSettled' WHERE type = 'payments.invoice-settled.v1';");
            migrationBuilder.Sql("UPDATE payments.outbox_messages SET type = 'Bocage.Payments.Domain.Receipts.PaymentConfirmed' WHERE type = 'payments.payment-confirmed.v1';");

            migrationBuilder.DropTable(
                name: "outbox_deliveries",
                schema: "payments");

            migrationBuilder.DropColumn(
                name: "locked_by",
                schema: "payments",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "locked_until",
                schema: "payments",
                table: "outbox_messages");

            migrationBuilder.AddColumn<int>(
                name: "attempts",
                schema: "payments",
                table: "outbox_messages",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "last_error",
                schema: "payments",
                table: "outbox_messages",
                type: "text",
                nullable: true);
        }
    }
}
