using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bocage.Migrations.Postgres.Accounts
{
    /// <inheritdoc />
    public partial class CompanyProof : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "letter_code_attempts",
                schema: "accounts",
                table: "companies",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "letter_code_expires_at",
                schema: "accounts",
                table: "companies",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "letter_code_hash",
                schema: "accounts",
                table: "companies",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "letter_sent_at",
                schema: "accounts",
                table: "companies",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "proof",
                schema: "accounts",
                table: "companies",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                // Companies registered before proofs existed were never proved: they wait like new ones.
                defaultValue: "None");

            migrationBuilder.AddColumn<Guid>(
                name: "proof_file_id",
                schema: "accounts",
                table: "companies",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "proof_sent_at",
                schema: "accounts",
                table: "companies",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "verified_at",
                schema: "accounts",
                table: "companies",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_companies_verified_at",
                schema: "accounts",
                table: "companies",
                column: "verified_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_companies_verified_at",
                schema: "accounts",
                table: "companies");

            migrationBuilder.DropColumn(
                name: "letter_code_attempts",
                schema: "accounts",
                table: "companies");

            migrationBuilder.DropColumn(
                name: "letter_code_expires_at",
                schema: "accounts",
                table: "companies");

            migrationBuilder.DropColumn(
                name: "letter_code_hash",
                schema: "accounts",
                table: "companies");

            migrationBuilder.DropColumn(
                name: "letter_sent_at",
                schema: "accounts",
                table: "companies");

            migrationBuilder.DropColumn(
                name: "proof",
                schema: "accounts",
                table: "companies");

            migrationBuilder.DropColumn(
                name: "proof_file_id",
                schema: "accounts",
                table: "companies");

            migrationBuilder.DropColumn(
                name: "proof_sent_at",
                schema: "accounts",
                table: "companies");

            migrationBuilder.DropColumn(
                name: "verified_at",
                schema: "accounts",
                table: "companies");
        }
    }
}
