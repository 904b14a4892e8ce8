using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bocage.Migrations.Sqlite.Accounts
{
    /// <inheritdoc />
    public partial class CompanyProof : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "letter_code_attempts",
                table: "accounts_companies",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "letter_code_expires_at",
                table: "accounts_companies",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "letter_code_hash",
                table: "accounts_companies",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "letter_sent_at",
                table: "accounts_companies",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "proof",
                table: "accounts_companies",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                // Companies registered before proofs existed were never proved: they wait like new ones.
                defaultValue: "None");

            migrationBuilder.AddColumn<Guid>(
                name: "proof_file_id",
                table: "accounts_companies",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "proof_sent_at",
                table: "accounts_companies",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "verified_at",
                table: "accounts_companies",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_accounts_companies_verified_at",
                table: "accounts_companies",
                column: "verified_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_accounts_companies_verified_at",
                table: "accounts_companies");

            migrationBuilder.DropColumn(
                name: "letter_code_attempts",
                table: "accounts_companies");

            migrationBuilder.DropColumn(
                name: "letter_code_expires_at",
                table: "accounts_companies");

            migrationBuilder.DropColumn(
                name: "letter_code_hash",
                table: "accounts_companies");

            migrationBuilder.DropColumn(
                name: "letter_sent_at",
                table: "accounts_companies");

            migrationBuilder.DropColumn(
                name: "proof",
                table: "accounts_companies");

            migrationBuilder.DropColumn(
                name: "proof_file_id",
                table: "accounts_companies");

            migrationBuilder.DropColumn(
                name: "proof_sent_at",
                table: "accounts_companies");

            migrationBuilder.DropColumn(
                name: "verified_at",
                table: "accounts_companies");
        }
    }
}
