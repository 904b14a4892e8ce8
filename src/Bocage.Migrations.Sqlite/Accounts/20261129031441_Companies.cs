using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bocage.Migrations.Sqlite.Accounts
{
    /// <inheritdoc />
    public partial class Companies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "accounts_companies",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    siret = table.Column<string>(type: "TEXT", maxLength: 14, nullable: false),
                    legal_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_accounts_companies", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "accounts_company_invitations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    company_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    token_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    expires_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    accepted_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_accounts_company_invitations", x => x.id);
                    table.ForeignKey(
                        name: "fk_accounts_company_invitations_accounts_companies_company_id",
                        column: x => x.company_id,
                        principalTable: "accounts_companies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "accounts_company_members",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    company_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    account_id = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    joined_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_accounts_company_members", x => x.id);
                    table.ForeignKey(
                        name: "fk_accounts_company_members_accounts_companies_company_id",
                        column: x => x.company_id,
                        principalTable: "accounts_companies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_accounts_companies_siret",
                table: "accounts_companies",
                column: "siret",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_accounts_company_invitations_company_id",
                table: "accounts_company_invitations",
                column: "company_id");

            migrationBuilder.CreateIndex(
                name: "ix_accounts_company_invitations_email",
                table: "accounts_company_invitations",
                column: "email");

            migrationBuilder.CreateIndex(
                name: "ix_accounts_company_invitations_token_hash",
                table: "accounts_company_invitations",
                column: "token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_accounts_company_members_account_id",
                table: "accounts_company_members",
                column: "account_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_accounts_company_members_company_id",
                table: "accounts_company_members",
                column: "company_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "accounts_company_invitations");

            migrationBuilder.DropTable(
                name: "accounts_company_members");

            migrationBuilder.DropTable(
                name: "accounts_companies");
        }
    }
}
