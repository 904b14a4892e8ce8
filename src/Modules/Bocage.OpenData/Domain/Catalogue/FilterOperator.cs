namespace Bocage.OpenData.Domain.Catalogue;

internal enum FilterOperator
{
    Equals,
    Contains,
    Minimum,
    Maximum,
}
