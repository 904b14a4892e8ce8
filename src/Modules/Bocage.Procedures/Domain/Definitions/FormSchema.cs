namespace Bocage.Procedures.Domain.Definitions;

/// <summary>The form of a procedure version: pages of fields, filled one page at a time.</summary>
internal sealed record FormSchema(IReadOnlyList<FormPage> Pages)
{
    public IEnumerable<FieldDefinition> AllFields =>
        Pages
            .SelectMany(p => p.Fields)
            .SelectMany(f => f.Type == FieldType.RepeatableBlock ? f.Children.Prepend(f) : [f]);
}

/// <summary>One page of the form.</summary>
internal sealed record FormPage(string Title, IReadOnlyList<FieldDefinition> Fields);
