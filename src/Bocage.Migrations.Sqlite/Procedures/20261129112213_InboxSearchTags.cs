using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bocage.Migrations.Sqlite.Procedures
{
    /// <summary>
    /// The inbox's FTS5 table also indexes each file's procedure, state and commune as tags, so that SQLite
    /// narrows a word search by them inside the index (as PostgreSQL intersects its indexes) instead of
    /// fetching every file holding the word. A tag is one trigram of private-use characters that no text
    /// contains: a kind character and a 24-bit code from <c>procedures_search_tags</c>.
    /// </summary>
    public partial class InboxSearchTags : Migration
    {
        private const string Tags = """
            (SELECT char(61441, 57344 + (code >> 12), 57344 + (code & 4095)) FROM procedures_search_tags WHERE kind = 'p' AND value = {0}.procedure_id)
              || ' ' || (SELECT char(61442, 57344 + (code >> 12), 57344 + (code & 4095)) FROM procedures_search_tags WHERE kind = 's' AND value = {0}.state_key)
              || ' ' || (SELECT char(61443, 57344 + (code >> 12), 57344 + (code & 4095)) FROM procedures_search_tags WHERE kind = 'c' AND value = coalesce({0}.commune_insee, ''))
            """;

        private const string NewTags = """
            INSERT OR IGNORE INTO procedures_search_tags (kind, value) VALUES ('p', new.procedure_id), ('s', new.state_key), ('c', coalesce(new.commune_insee, ''));
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            DropSearch(migrationBuilder);
            migrationBuilder.Sql("CREATE TABLE procedures_search_tags (code INTEGER PRIMARY KEY, kind TEXT NOT NULL, value TEXT NOT NULL, UNIQUE (kind, value));");
            migrationBuilder.Sql("""
                INSERT INTO procedures_search_tags (kind, value)
                  SELECT DISTINCT 'p', procedure_id FROM procedures_files
                  UNION SELECT DISTINCT 's', state_key FROM procedures_files
                  UNION SELECT DISTINCT 'c', coalesce(commune_insee, '') FROM procedures_files;
                """);
            migrationBuilder.Sql("CREATE VIRTUAL TABLE procedures_files_search USING fts5(file_id, search_text, tags, tokenize = 'trigram');");
            migrationBuilder.Sql($"INSERT INTO procedures_files_search (file_id, search_text, tags) SELECT f.id, f.search_text, {string.Format(Tags, "f")} FROM procedures_files f;");
            migrationBuilder.Sql($"""
                CREATE TRIGGER procedures_files_search_insert AFTER INSERT ON procedures_files BEGIN
                  {NewTags}
                  INSERT INTO procedures_files_search (file_id, search_text, tags) VALUES (new.id, new.search_text, {string.Format(Tags, "new")});
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER procedures_files_search_update AFTER UPDATE OF search_text, procedure_id, state_key, commune_insee ON procedures_files BEGIN
                  {NewTags}
                  DELETE FROM procedures_files_search WHERE file_id LIKE old.id;
                  INSERT INTO procedures_files_search (file_id, search_text, tags) VALUES (new.id, new.search_text, {string.Format(Tags, "new")});
                END;
                """);
            CreateDeleteTrigger(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            DropSearch(migrationBuilder);
            migrationBuilder.Sql("DROP TABLE procedures_search_tags;");
            // As InboxAndStatistics left it.
            migrationBuilder.Sql("CREATE VIRTUAL TABLE procedures_files_search USING fts5(file_id, search_text, tokenize = 'trigram');");
            migrationBuilder.Sql("INSERT INTO procedures_files_search (file_id, search_text) SELECT id, search_text FROM procedures_files;");
            migrationBuilder.Sql("""
                CREATE TRIGGER procedures_files_search_insert AFTER INSERT ON procedures_files BEGIN
                  INSERT INTO procedures_files_search (file_id, search_text) VALUES (new.id, new.search_text);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER procedures_files_search_update AFTER UPDATE OF search_text ON procedures_files BEGIN
                  DELETE FROM procedures_files_search WHERE file_id LIKE old.id;
                  INSERT INTO procedures_files_search (file_id, search_text) VALUES (new.id, new.search_text);
                END;
                """);
            CreateDeleteTrigger(migrationBuilder);
        }

        private static void DropSearch(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER procedures_files_search_delete;");
            migrationBuilder.Sql("DROP TRIGGER procedures_files_search_update;");
            migrationBuilder.Sql("DROP TRIGGER procedures_files_search_insert;");
            migrationBuilder.Sql("DROP TABLE procedures_files_search;");
        }

        private static void CreateDeleteTrigger(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("""
                CREATE TRIGGER procedures_files_search_delete AFTER DELETE ON procedures_files BEGIN
                  DELETE FROM procedures_files_search WHERE file_id LIKE old.id;
                END;
                """);
    }
}
