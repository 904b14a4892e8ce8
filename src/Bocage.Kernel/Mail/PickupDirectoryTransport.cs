using System.Text.RegularExpressions;
using MimeKit;

namespace Bocage.Kernel.Mail;

/// <summary>
/// Development without an SMTP server: one .eml per mail, readable in any mail program, so that a
/// developer sees exactly what a citizen would receive.
/// </summary>
internal sealed partial class PickupDirectoryTransport(string directory, TimeProvider clock) : IMailTransport
{
    public async Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var name = $"{clock.GetUtcNow():yyyyMMdd-HHmmss}-{Unsafe().Replace(message.MessageId ?? "", "_")}.eml";
        var path = Path.Combine(directory, name);
        // Written aside then moved, so that whoever watches the folder never opens half a mail.
        var partial = path + ".part";
        await message.WriteToAsync(partial, cancellationToken);
        File.Move(partial, path, overwrite: true);
        return $"pickup {path}";
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [GeneratedRegex("[^A-Za-z0-9._-]")]
    private static partial Regex Unsafe();
}
