using Bocage.OpenData.Domain.Validation;

namespace Bocage.OpenData.Domain.Catalogue;

/// <summary>A condition on one column: equals, contains, at least, at most.</summary>
internal sealed record RowFilter(SchemaField Field, FilterOperator Operator, string Value);
