using Bocage.Kernel.Text;

namespace Bocage.Places.Domain.Business;

/// <summary>
/// A message to the business desk, as typed (nothing is lost on a mistake). <see cref="Problems"/> names each
/// field to fix, as (field, text key, arguments).
/// </summary>
internal sealed class ContactForm
{
    public const int NameMaxLength = 200;
    public const int MessageMaxLength = 4000;

    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Company { get; set; }
    public string? Topic { get; set; }
    public string? Message { get; set; }

    public ContactTopic? ParsedTopic =>
        Enum.TryParse<ContactTopic>(Topic, out var topic) && Enum.IsDefined(topic) ? topic : null;

    public List<(string Field, string Key, object[] Arguments)> Problems()
    {
        var problems = new List<(string, string, object[])>();
        if ((Name ?? "").Trim().Length is 0 or > NameMaxLength)
        {
            problems.Add((nameof(Name), "Contact_NameRequired", [NameMaxLength]));
        }
        if (!EmailAddresses.IsPlausible(Email))
        {
            problems.Add((nameof(Email), "Contact_EmailInvalid", []));
        }
        if ((Company ?? "").Trim().Length > NameMaxLength)
        {
            problems.Add((nameof(Company), "Contact_CompanyTooLong", [NameMaxLength]));
        }
        if (ParsedTopic is null)
        {
            problems.Add((nameof(Topic), "Contact_TopicRequired", []));
        }
        if ((Message ?? "").Trim().Length is < 10 or > MessageMaxLength)
        {
            problems.Add((nameof(Message), "Contact_MessageLength", [MessageMaxLength]));
        }
        return problems;
    }
}
