namespace Bocage.Kernel.Companies;

/// <summary>The outcome of a company operation: refusals are results the page shows, not exceptions.</summary>
public readonly record struct CompanyResult(CompanyError Error)
{
    public static readonly CompanyResult Ok = new(CompanyError.None);

    public bool Succeeded => Error == CompanyError.None;

    public static implicit operator CompanyResult(CompanyError error) => new(error);
}

/// <summary>An outcome carrying what the operation produced when it succeeded.</summary>
public readonly record struct CompanyResult<T>(T? Value, CompanyError Error)
{
    public bool Succeeded => Error == CompanyError.None;

    public static CompanyResult<T> Ok(T value) => new(value, CompanyError.None);

    public static implicit operator CompanyResult<T>(CompanyError error) => new(default, error);
}
