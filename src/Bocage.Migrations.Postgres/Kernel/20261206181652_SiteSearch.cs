using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Bocage.Migrations.Postgres.Kernel
{
    /// <inheritdoc />
    public partial class SiteSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "search_entries",
                schema: "kernel",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    title = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    href = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    text = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_search_entries", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_search_entries_kind_key",
                schema: "kernel",
                table: "search_entries",
                columns: new[] { "kind", "key" },
                unique: true);

            // The full-text side: French stems of the unaccented words, the title weighing more, in a GIN index.
            // unaccent() is only STABLE; the wrapper names its dictionary, so it may be declared IMMUTABLE.
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;");
            migrationBuilder.Sql(
                """
                CREATE FUNCTION kernel.search_vector(title text, body text) RETURNS tsvector
                LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
                SELECT setweight(to_tsvector('french'::regconfig, public.unaccent('public.unaccent'::regdictionary, title)), 'A')
                    || setweight(to_tsvector('french'::regconfig, public.unaccent('public.unaccent'::regdictionary, body)), 'B')
                $$;
                """
            );
            migrationBuilder.Sql(
                "CREATE INDEX ix_search_entries_vector ON kernel.search_entries "
                    + "USING gin (kernel.search_vector(title, text));"
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX kernel.ix_search_entries_vector;");
            migrationBuilder.Sql("DROP FUNCTION kernel.search_vector(text, text);");
            migrationBuilder.DropTable(
                name: "search_entries",
                schema: "kernel");
        }
    }
}
