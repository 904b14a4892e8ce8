using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bocage.Migrations.Sqlite.Kernel
{
    /// <inheritdoc />
    public partial class SiteSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "kernel_search_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    href = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    text = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kernel_search_entries", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_kernel_search_entries_kind_key",
                table: "kernel_search_entries",
                columns: new[] { "kind", "key" },
                unique: true);

            // The full-text side: FTS5 over title and words, accents removed by the tokenizer, kept by triggers.
            migrationBuilder.Sql(
                "CREATE VIRTUAL TABLE kernel_search_fts USING fts5(title, text, content = 'kernel_search_entries', "
                    + "content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');"
            );
            migrationBuilder.Sql(
                "CREATE TRIGGER kernel_search_entries_ai AFTER INSERT ON kernel_search_entries BEGIN "
                    + "INSERT INTO kernel_search_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END;"
            );
            migrationBuilder.Sql(
                "CREATE TRIGGER kernel_search_entries_ad AFTER DELETE ON kernel_search_entries BEGIN "
                    + "INSERT INTO kernel_search_fts(kernel_search_fts, rowid, title, text) "
                    + "VALUES ('delete', old.id, old.title, old.text); END;"
            );
            migrationBuilder.Sql(
                "CREATE TRIGGER kernel_search_entries_au AFTER UPDATE ON kernel_search_entries BEGIN "
                    + "INSERT INTO kernel_search_fts(kernel_search_fts, rowid, title, text) "
                    + "VALUES ('delete', old.id, old.title, old.text); "
                    + "INSERT INTO kernel_search_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END;"
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE kernel_search_fts;");
            migrationBuilder.DropTable(
                name: "kernel_search_entries");
        }
    }
}
