using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bocage.Migrations.Sqlite.Bookings
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "bookings_calendar_feeds",
                columns: table => new
                {
                    account_id = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    token_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bookings_calendar_feeds", x => x.account_id);
                });

            migrationBuilder.CreateTable(
                name: "bookings_outbox_messages",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    type = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    payload = table.Column<string>(type: "TEXT", nullable: false),
                    occurred_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    next_attempt_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    processed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    locked_until = table.Column<DateTime>(type: "TEXT", nullable: true),
                    locked_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bookings_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "bookings_resources",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    kind = table.Column<int>(type: "INTEGER", nullable: false),
                    commune_insee = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    amenities = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    step_free = table.Column<bool>(type: "INTEGER", nullable: false),
                    opening_hours = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    slot_minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    buffer_minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    cancel_hours_before = table.Column<int>(type: "INTEGER", nullable: false),
                    last_call_hours = table.Column<int>(type: "INTEGER", nullable: false),
                    retention_months = table.Column<int>(type: "INTEGER", nullable: false),
                    requires_approval = table.Column<bool>(type: "INTEGER", nullable: false),
                    price_cents = table.Column<long>(type: "INTEGER", nullable: false),
                    outsider_price_cents = table.Column<long>(type: "INTEGER", nullable: false),
                    association_price_cents = table.Column<long>(type: "INTEGER", nullable: false),
                    company_price_cents = table.Column<long>(type: "INTEGER", nullable: false),
                    regie_code = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    pay_on_site = table.Column<bool>(type: "INTEGER", nullable: false),
                    required_training_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    offer_hours = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bookings_resources", x => x.id);
                    table.ForeignKey(
                        name: "fk_bookings_resources_bookings_resources_required_training_id",
                        column: x => x.required_training_id,
                        principalTable: "bookings_resources",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "bookings_outbox_deliveries",
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
                    table.PrimaryKey("pk_bookings_outbox_deliveries", x => x.id);
                    table.ForeignKey(
                        name: "fk_bookings_outbox_deliveries_outbox_messages_message_id",
                        column: x => x.message_id,
                        principalTable: "bookings_outbox_messages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "bookings_sessions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    resource_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    start_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    end_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    seats = table.Column<int>(type: "INTEGER", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    cancelled_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bookings_sessions", x => x.id);
                    table.ForeignKey(
                        name: "fk_bookings_sessions_bookings_resources_resource_id",
                        column: x => x.resource_id,
                        principalTable: "bookings_resources",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "bookings_waiting_list",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    resource_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    start_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    account_id = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    language = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    offered_booking_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bookings_waiting_list", x => x.id);
                    table.ForeignKey(
                        name: "fk_bookings_waiting_list_bookings_resources_resource_id",
                        column: x => x.resource_id,
                        principalTable: "bookings_resources",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "bookings_bookings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    reference = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    resource_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    session_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    start_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    end_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    seat = table.Column<int>(type: "INTEGER", nullable: false),
                    account_id = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    language = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    booked_by_account_id = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    cancelled_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    hold_until_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    audience = table.Column<int>(type: "INTEGER", nullable: false),
                    amount_cents = table.Column<long>(type: "INTEGER", nullable: false),
                    invoice_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    paid_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    credit_cents = table.Column<long>(type: "INTEGER", nullable: false),
                    remind_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    reminder_sent_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    last_call_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    last_call_sent_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    attended = table.Column<bool>(type: "INTEGER", nullable: true),
                    sequence = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bookings_bookings", x => x.id);
                    table.ForeignKey(
                        name: "fk_bookings_bookings_resources_resource_id",
                        column: x => x.resource_id,
                        principalTable: "bookings_resources",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_bookings_bookings_sessions_session_id",
                        column: x => x.session_id,
                        principalTable: "bookings_sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_bookings_bookings_account_id_start_utc",
                table: "bookings_bookings",
                columns: new[] { "account_id", "start_utc" });

            migrationBuilder.CreateIndex(
                name: "ix_bookings_bookings_hold_until_utc",
                table: "bookings_bookings",
                column: "hold_until_utc");

            migrationBuilder.CreateIndex(
                name: "ix_bookings_bookings_reference",
                table: "bookings_bookings",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_bookings_bookings_remind_at_utc",
                table: "bookings_bookings",
                column: "remind_at_utc");

            migrationBuilder.CreateIndex(
                name: "ix_bookings_bookings_resource_id_end_utc",
                table: "bookings_bookings",
                columns: new[] { "resource_id", "end_utc" },
                filter: "status <> 1");

            migrationBuilder.CreateIndex(
                name: "ix_bookings_bookings_resource_id_start_utc_seat",
                table: "bookings_bookings",
                columns: new[] { "resource_id", "start_utc", "seat" },
                unique: true,
                filter: "status <> 1");

            migrationBuilder.CreateIndex(
                name: "ix_bookings_bookings_session_id",
                table: "bookings_bookings",
                column: "session_id");

            migrationBuilder.CreateIndex(
                name: "ix_bookings_bookings_status_start_utc",
                table: "bookings_bookings",
                columns: new[] { "status", "start_utc" });

            migrationBuilder.CreateIndex(
                name: "ix_bookings_calendar_feeds_token_hash",
                table: "bookings_calendar_feeds",
                column: "token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_bookings_outbox_deliveries_dead_lettered_at",
                table: "bookings_outbox_deliveries",
                column: "dead_lettered_at");

            migrationBuilder.CreateIndex(
                name: "ix_bookings_outbox_deliveries_message_id_handler",
                table: "bookings_outbox_deliveries",
                columns: new[] { "message_id", "handler" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_bookings_outbox_messages_processed_at_next_attempt_at",
                table: "bookings_outbox_messages",
                columns: new[] { "processed_at", "next_attempt_at" });

            migrationBuilder.CreateIndex(
                name: "ix_bookings_resources_commune_insee",
                table: "bookings_resources",
                column: "commune_insee");

            migrationBuilder.CreateIndex(
                name: "ix_bookings_resources_required_training_id",
                table: "bookings_resources",
                column: "required_training_id");

            migrationBuilder.CreateIndex(
                name: "ix_bookings_resources_slug",
                table: "bookings_resources",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_bookings_sessions_resource_id_start_utc",
                table: "bookings_sessions",
                columns: new[] { "resource_id", "start_utc" });

            migrationBuilder.CreateIndex(
                name: "ix_bookings_waiting_list_resource_id_start_utc_account_id",
                table: "bookings_waiting_list",
                columns: new[] { "resource_id", "start_utc", "account_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_bookings_waiting_list_resource_id_start_utc_created_at_utc",
                table: "bookings_waiting_list",
                columns: new[] { "resource_id", "start_utc", "created_at_utc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "bookings_bookings");

            migrationBuilder.DropTable(
                name: "bookings_calendar_feeds");

            migrationBuilder.DropTable(
                name: "bookings_outbox_deliveries");

            migrationBuilder.DropTable(
                name: "bookings_waiting_list");

            migrationBuilder.DropTable(
                name: "bookings_sessions");

            migrationBuilder.DropTable(
                name: "bookings_outbox_messages");

            migrationBuilder.DropTable(
                name: "bookings_resources");
        }
    }
}
