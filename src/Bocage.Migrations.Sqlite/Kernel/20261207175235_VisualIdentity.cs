using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bocage.Migrations.Sqlite.Kernel
{
    /// <inheritdoc />
    public partial class VisualIdentity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "identity_colour",
                table: "kernel_intercommunalities",
                type: "TEXT",
                maxLength: 7,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "identity_emblem_file_id",
                table: "kernel_intercommunalities",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "identity_emblem_height",
                table: "kernel_intercommunalities",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "identity_emblem_width",
                table: "kernel_intercommunalities",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "identity_colour",
                table: "kernel_communes",
                type: "TEXT",
                maxLength: 7,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "identity_emblem_file_id",
                table: "kernel_communes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "identity_emblem_height",
                table: "kernel_communes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "identity_emblem_width",
                table: "kernel_communes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "identity_colour",
                table: "kernel_intercommunalities");

            migrationBuilder.DropColumn(
                name: "identity_emblem_file_id",
                table: "kernel_intercommunalities");

            migrationBuilder.DropColumn(
                name: "identity_emblem_height",
                table: "kernel_intercommunalities");

            migrationBuilder.DropColumn(
                name: "identity_emblem_width",
                table: "kernel_intercommunalities");

            migrationBuilder.DropColumn(
                name: "identity_colour",
                table: "kernel_communes");

            migrationBuilder.DropColumn(
                name: "identity_emblem_file_id",
                table: "kernel_communes");

            migrationBuilder.DropColumn(
                name: "identity_emblem_height",
                table: "kernel_communes");

            migrationBuilder.DropColumn(
                name: "identity_emblem_width",
                table: "kernel_communes");
        }
    }
}
