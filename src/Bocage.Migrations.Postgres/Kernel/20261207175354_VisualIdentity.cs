using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bocage.Migrations.Postgres.Kernel
{
    /// <inheritdoc />
    public partial class VisualIdentity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "identity_colour",
                schema: "kernel",
                table: "intercommunalities",
                type: "character varying(7)",
                maxLength: 7,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "identity_emblem_file_id",
                schema: "kernel",
                table: "intercommunalities",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "identity_emblem_height",
                schema: "kernel",
                table: "intercommunalities",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "identity_emblem_width",
                schema: "kernel",
                table: "intercommunalities",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "identity_colour",
                schema: "kernel",
                table: "communes",
                type: "character varying(7)",
                maxLength: 7,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "identity_emblem_file_id",
                schema: "kernel",
                table: "communes",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "identity_emblem_height",
                schema: "kernel",
                table: "communes",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "identity_emblem_width",
                schema: "kernel",
                table: "communes",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "identity_colour",
                schema: "kernel",
                table: "intercommunalities");

            migrationBuilder.DropColumn(
                name: "identity_emblem_file_id",
                schema: "kernel",
                table: "intercommunalities");

            migrationBuilder.DropColumn(
                name: "identity_emblem_height",
                schema: "kernel",
                table: "intercommunalities");

            migrationBuilder.DropColumn(
                name: "identity_emblem_width",
                schema: "kernel",
                table: "intercommunalities");

            migrationBuilder.DropColumn(
                name: "identity_colour",
                schema: "kernel",
                table: "communes");

            migrationBuilder.DropColumn(
                name: "identity_emblem_file_id",
                schema: "kernel",
                table: "communes");

            migrationBuilder.DropColumn(
                name: "identity_emblem_height",
                schema: "kernel",
                table: "communes");

            migrationBuilder.DropColumn(
                name: "identity_emblem_width",
                schema: "kernel",
                table: "communes");
        }
    }
}
