using MimeKit;

namespace Bocage.Kernel.Mail;

/// <summary>
/// The one rule for what counts as a deliverable address, for the mailer and for forms that ask
/// a person for theirs: a bare address (no display name), with a domain that has a dot.
/// </summary>
public static class MailAddresses
{
    private static readonly ParserOptions Strict = new()
    {
        AddressParserComplianceMode = RfcComplianceMode.Strict,
        AllowAddressesWithoutDomain = false,
    };

    public static bool IsValid(string? address) => TryNormalize(address, out _);

    /// <summary>Returns the trimmed address when it is valid.</summary>
    public static bool TryNormalize(string? address, out string normalized)
    {
        normalized = "";
        var candidate = address?.Trim();
        if (
            string.IsNullOrEmpty(candidate)
            || candidate.Length > 254
            || candidate.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))
        )
        {
            return false;
        }
        if (
            !MailboxAddress.TryParse(Strict, candidate, out var mailbox)
            || !string.Equals(mailbox.Address, candidate, StringComparison.Ordinal)
            || !string.IsNullOrEmpty(mailbox.Name)
        )
        {
            return false;
        }
        var domain = mailbox.Domain;
        var localPart = mailbox.LocalPart;
        if (
            localPart.Length is 0 or > 64
            || !domain.Contains('.', StringComparison.Ordinal)
            || domain.Split('.').Any(label => label.Length == 0 || label.StartsWith('-') || label.EndsWith('-'))
        )
        {
            return false;
        }
        normalized = candidate;
        return true;
    }
}
