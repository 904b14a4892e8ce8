using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bocage.Migrations.Sqlite.Skeleton
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "skeleton_items",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_skeleton_items", x => x.id);
                }
            );

            migrationBuilder.CreateTable(
                name: "skeleton_outbox_messages",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                    type = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    payload = table.Column<string>(type: "TEXT", nullable: false),
                    occurred_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    next_attempt_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    processed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    locked_until = table.Column<DateTime>(type: "TEXT", nullable: true),
                    locked_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_skeleton_outbox_messages", x => x.id);
                }
            );

            migrationBuilder.CreateTable(
                name: "skeleton_outbox_deliveries",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                    message_id = table.Column<long>(type: "INTEGER", nullable: false),
                    handler = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    next_attempt_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    delivered_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    last_error = table.Column<string>(type: "TEXT", nullable: true),
                    dead_lettered_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_skeleton_outbox_deliveries", x => x.id);
                    table.ForeignKey(
                        name: "fk_skeleton_outbox_deliveries_outbox_messages_message_id",
                        column: x => x.message_id,
                        principalTable: "skeleton_outbox_messages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade
                    );
                }
            );

            migrationBuilder.CreateIndex(
                name: "ix_skeleton_items_name",
                table: "skeleton_items",
                column: "name",
                unique: true
            );

            migrationBuilder.CreateIndex(
                name: "ix_skeleton_outbox_deliveries_dead_lettered_at",
                table: "skeleton_outbox_deliveries",
                column: "dead_lettered_at"
            );

            migrationBuilder.CreateIndex(
                name: "ix_skeleton_outbox_deliveries_message_id_handler",
                table: "skeleton_outbox_deliveries",
                columns: new[] { "message_id", "handler" },
                unique: true
            );

            migrationBuilder.CreateIndex(
                name: "ix_skeleton_outbox_messages_processed_at_next_attempt_at",
                table: "skeleton_outbox_messages",
                columns: new[] { "processed_at", "next_attempt_at" }
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(name: "skeleton_items");

            migrationBuilder.DropTable(name: "skeleton_outbox_deliveries");

            migrationBuilder.DropTable(name: "skeleton_outbox_messages");
        }
    }
}
