using Bocage.OpenData.Domain.Catalogue;
using Bocage.OpenData.Domain.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Bocage.OpenData.Tests.Catalogue;

public sealed class RowQueryTests
{
    private static readonly SchemaField[] Fields = [new("commune"), new("annee", "year"), new("montant", "number")];

    private static (RowQuery Query, IReadOnlyList<string> Errors) Parse(params (string Key, string Value)[] pairs) =>
        RowQuery.Parse(new QueryCollection(pairs.ToDictionary(p => p.Key, p => new StringValues(p.Value))), Fields);

    [Fact]
    public void Operators_sort_paging_and_fields_come_from_the_query_string()
    {
        var (query, errors) = Parse(
            ("commune", "Anor"),
            ("montant__min", "10"),
            ("annee__max", "2024"),
            ("commune__contient", "no"),
            ("tri", "-montant"),
            ("page", "3"),
            ("taille", "5000"),
            ("champs", "commune,montant"),
            ("langue", "en")
        );

        Assert.Empty(errors);
        Assert.Equal(
            [FilterOperator.Equals, FilterOperator.Minimum, FilterOperator.Maximum, FilterOperator.Contains],
            query.Filters.Select(f => f.Operator)
        );
        Assert.Equal("montant", query.Sort!.Name);
        Assert.True(query.Descending);
        Assert.Equal(RowQuery.MaxPageSize, query.PageSize);
        Assert.Equal(2 * RowQuery.MaxPageSize, query.Offset);
        Assert.Equal(["commune", "montant"], query.Fields.Select(f => f.Name));
    }

    [Fact]
    public void The_preview_form_becomes_a_contains_filter_and_round_trips()
    {
        var (query, _) = Parse(("colonne", "commune"), ("valeur", "Tré"), ("tri", "annee"));

        var filter = Assert.Single(query.Filters);
        Assert.Equal(FilterOperator.Contains, filter.Operator);
        Assert.Equal("?commune__contient=Tr%C3%A9&tri=annee&page=1&taille=50", query.ToQueryString());
    }

    [Fact]
    public void Unknown_columns_are_errors_not_silently_ignored()
    {
        var (_, unknown) = Parse(("inconnue", "1"), ("tri", "autre"));

        Assert.Equal(["inconnue", "autre"], unknown);
    }
}
