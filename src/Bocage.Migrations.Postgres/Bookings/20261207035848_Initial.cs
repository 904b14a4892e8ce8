using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Bocage.Migrations.Postgres.Bookings
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "bookings");

            migrationBuilder.CreateTable(
                name: "calendar_feeds",
                schema: "bookings",
                columns: table => new
                {
                    account_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    token_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_calendar_feeds", x => x.account_id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "bookings",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    payload = table.Column<string>(type: "text", nullable: false),
                    occurred_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    next_attempt_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    processed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    locked_until = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    locked_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "resources",
                schema: "bookings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    commune_insee = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    amenities = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: false),
                    step_free = table.Column<bool>(type: "boolean", nullable: false),
                    opening_hours = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    slot_minutes = table.Column<int>(type: "integer", nullable: false),
                    buffer_minutes = table.Column<int>(type: "integer", nullable: false),
                    cancel_hours_before = table.Column<int>(type: "integer", nullable: false),
                    last_call_hours = table.Column<int>(type: "integer", nullable: false),
                    retention_months = table.Column<int>(type: "integer", nullable: false),
                    requires_approval = table.Column<bool>(type: "boolean", nullable: false),
                    price_cents = table.Column<long>(type: "bigint", nullable: false),
                    outsider_price_cents = table.Column<long>(type: "bigint", nullable: false),
                    association_price_cents = table.Column<long>(type: "bigint", nullable: false),
                    company_price_cents = table.Column<long>(type: "bigint", nullable: false),
                    regie_code = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    pay_on_site = table.Column<bool>(type: "boolean", nullable: false),
                    required_training_id = table.Column<Guid>(type: "uuid", nullable: true),
                    offer_hours = table.Column<int>(type: "integer", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_resources", x => x.id);
                    table.ForeignKey(
                        name: "fk_resources_resources_required_training_id",
                        column: x => x.required_training_id,
                        principalSchema: "bookings",
                        principalTable: "resources",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "outbox_deliveries",
                schema: "bookings",
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
                        principalSchema: "bookings",
                        principalTable: "outbox_messages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sessions",
                schema: "bookings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    resource_id = table.Column<Guid>(type: "uuid", nullable: false),
                    start_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    end_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    seats = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    cancelled_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sessions", x => x.id);
                    table.ForeignKey(
                        name: "fk_sessions_resources_resource_id",
                        column: x => x.resource_id,
                        principalSchema: "bookings",
                        principalTable: "resources",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "waiting_list",
                schema: "bookings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    resource_id = table.Column<Guid>(type: "uuid", nullable: false),
                    start_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    account_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    language = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    offered_booking_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_waiting_list", x => x.id);
                    table.ForeignKey(
                        name: "fk_waiting_list_resources_resource_id",
                        column: x => x.resource_id,
                        principalSchema: "bookings",
                        principalTable: "resources",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "bookings",
                schema: "bookings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    reference = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    resource_id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: true),
                    start_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    end_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    seat = table.Column<int>(type: "integer", nullable: false),
                    account_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    language = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    booked_by_account_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    status = table.Column<int>(type: "integer", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    cancelled_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    hold_until_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    audience = table.Column<int>(type: "integer", nullable: false),
                    amount_cents = table.Column<long>(type: "bigint", nullable: false),
                    invoice_id = table.Column<Guid>(type: "uuid", nullable: true),
                    paid_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    credit_cents = table.Column<long>(type: "bigint", nullable: false),
                    remind_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    reminder_sent_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    last_call_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    last_call_sent_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    attended = table.Column<bool>(type: "boolean", nullable: true),
                    sequence = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bookings", x => x.id);
                    table.ForeignKey(
                        name: "fk_bookings_resources_resource_id",
                        column: x => x.resource_id,
                        principalSchema: "bookings",
                        principalTable: "resources",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_bookings_sessions_session_id",
                        column: x => x.session_id,
                        principalSchema: "bookings",
                        principalTable: "sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_bookings_account_id_start_utc",
                schema: "bookings",
                table: "bookings",
                columns: new[] { "account_id", "start_utc" });

            migrationBuilder.CreateIndex(
                name: "ix_bookings_hold_until_utc",
                schema: "bookings",
                table: "bookings",
                column: "hold_until_utc");

            migrationBuilder.CreateIndex(
                name: "ix_bookings_reference",
                schema: "bookings",
                table: "bookings",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_bookings_remind_at_utc",
                schema: "bookings",
                table: "bookings",
                column: "remind_at_utc");

            migrationBuilder.CreateIndex(
                name: "ix_bookings_resource_id_end_utc",
                schema: "bookings",
                table: "bookings",
                columns: new[] { "resource_id", "end_utc" },
                filter: "status <> 1");

            migrationBuilder.CreateIndex(
                name: "ix_bookings_resource_id_start_utc_seat",
                schema: "bookings",
                table: "bookings",
                columns: new[] { "resource_id", "start_utc", "seat" },
                unique: true,
                filter: "status <> 1");

            migrationBuilder.CreateIndex(
                name: "ix_bookings_session_id",
                schema: "bookings",
                table: "bookings",
                column: "session_id");

            migrationBuilder.CreateIndex(
                name: "ix_bookings_status_start_utc",
                schema: "bookings",
                table: "bookings",
                columns: new[] { "status", "start_utc" });

            migrationBuilder.CreateIndex(
                name: "ix_calendar_feeds_token_hash",
                schema: "bookings",
                table: "calendar_feeds",
                column: "token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_deliveries_dead_lettered_at",
                schema: "bookings",
                table: "outbox_deliveries",
                column: "dead_lettered_at");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_deliveries_message_id_handler",
                schema: "bookings",
                table: "outbox_deliveries",
                columns: new[] { "message_id", "handler" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_processed_at_next_attempt_at",
                schema: "bookings",
                table: "outbox_messages",
                columns: new[] { "processed_at", "next_attempt_at" });

            migrationBuilder.CreateIndex(
                name: "ix_resources_commune_insee",
                schema: "bookings",
                table: "resources",
                column: "commune_insee");

            migrationBuilder.CreateIndex(
                name: "ix_resources_required_training_id",
                schema: "bookings",
                table: "resources",
                column: "required_training_id");

            migrationBuilder.CreateIndex(
                name: "ix_resources_slug",
                schema: "bookings",
                table: "resources",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_sessions_resource_id_start_utc",
                schema: "bookings",
                table: "sessions",
                columns: new[] { "resource_id", "start_utc" });

            migrationBuilder.CreateIndex(
                name: "ix_waiting_list_resource_id_start_utc_account_id",
                schema: "bookings",
                table: "waiting_list",
                columns: new[] { "resource_id", "start_utc", "account_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_waiting_list_resource_id_start_utc_created_at_utc",
                schema: "bookings",
                table: "waiting_list",
                columns: new[] { "resource_id", "start_utc", "created_at_utc" });

            // No double booking, ever: two bookings of one seat of one resource may not overlap in time, whatever
            // their start (the unique index only sees equal starts), unless cancelled (status 1). btree_gist lets
            // uuid and integer equality sit in the same GiST index as the time range.
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS btree_gist SCHEMA public;");
            migrationBuilder.Sql(
                "ALTER TABLE bookings.bookings ADD CONSTRAINT ex_bookings_no_overlap EXCLUDE USING gist "
                    + "(resource_id WITH =, seat WITH =, tstzrange(start_utc, end_utc, '[)') WITH &&) WHERE (status <> 1);"
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE bookings.bookings DROP CONSTRAINT IF EXISTS ex_bookings_no_overlap;");

            migrationBuilder.DropTable(
                name: "bookings",
                schema: "bookings");

            migrationBuilder.DropTable(
                name: "calendar_feeds",
                schema: "bookings");

            migrationBuilder.DropTable(
                name: "outbox_deliveries",
                schema: "bookings");

            migrationBuilder.DropTable(
                name: "waiting_list",
                schema: "bookings");

            migrationBuilder.DropTable(
                name: "sessions",
                schema: "bookings");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "bookings");

            migrationBuilder.DropTable(
                name: "resources",
                schema: "bookings");
        }
    }
}
