namespace Bocage.Places.Domain.Editing;

/// <summary>
/// A page posting a <see cref="PlaceForm"/> as <c>Input</c>: the agents' form and a company's share the partials
/// of its fields, whose names (<c>Input.Phone</c>…) come from this property.
/// </summary>
internal interface IPlaceFormPage
{
    PlaceForm Input { get; }
}
