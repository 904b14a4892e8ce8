namespace Bocage.Procedures.Domain.Definitions;

/// <summary>Who may apply to a procedure.</summary>
internal enum Audience
{
    /// <summary>Anyone, even without an account (resumes by tracking code).</summary>
    Anyone = 0,

    /// <summary>A person with an account (or a mediator acting for one under mandate).</summary>
    Account = 1,

    /// <summary>A member of a company registered by its SIRET.</summary>
    Business = 2,

    /// <summary>An agent of the intercommunality or a commune.</summary>
    Agent = 3,
}
