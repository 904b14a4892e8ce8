using System.Net.Mail;

namespace Bocage.Kernel.Text;

/// <summary>
/// Whether a typed address can receive mail as far as its shape tells: one that .NET's mail client accepts, at most
/// 254 characters (RFC 5321), no display name or list. Whether it exists only a mail sent to it tells.
/// </summary>
public static class EmailAddresses
{
    public const int MaxLength = 254;

    public static bool IsPlausible(string? typed)
    {
        var text = (typed ?? "").Trim();
        return text.Length is > 0 and <= MaxLength
            && MailAddress.TryCreate(text, out var address)
            && address.Address == text;
    }
}
