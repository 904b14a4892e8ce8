using System.Buffers.Text;
using System.Globalization;
using System.Text.Json;
using Bocage.Kernel.Accounts;
using Bocage.Kernel.Audit;
using Bocage.Kernel.Time;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Bocage.Web.Accounts;

/// <summary>A passkey as « Mon compte » lists it: the credential id travels base64url-encoded in forms.</summary>
public sealed record PasskeyRow(string Id, string Name, DateTimeOffset CreatedAt);

/// <summary>
/// Passkeys (WebAuthn) through Identity's own handler: the challenge state lives in Identity's
/// short-lived encrypted cookie, so a credential is only accepted by the browser that asked for it.
/// </summary>
public sealed class AccountPasskeys(
    UserManager<Account> users,
    SignInManager<Account> signIn,
    AuditLog audit,
    IStringLocalizer<SharedResource> text,
    ILogger<AccountPasskeys> logger
)
{
    public const int MaxNameLength = 100;

    public async Task<IReadOnlyList<PasskeyRow>> ListAsync(Account account) =>
        [
            .. (await users.GetPasskeysAsync(account))
                .OrderBy(p => p.CreatedAt)
                .Select(p => new PasskeyRow(Base64Url.EncodeToString(p.CredentialId), p.Name ?? "", p.CreatedAt)),
        ];

    public async Task<string> CreationOptionsAsync(Account account) =>
        await signIn.MakePasskeyCreationOptionsAsync(
            new PasskeyUserEntity
            {
                Id = account.Id,
                Name = account.Email!,
                DisplayName = account.DisplayName.Length > 0 ? account.DisplayName : account.Email!,
            }
        );

    /// <summary>Checks the browser's answer and keeps the passkey; returns the problem's text key, or null.</summary>
    public async Task<string?> AddAsync(Account account, string? credentialJson, string? name)
    {
        if (string.IsNullOrWhiteSpace(credentialJson))
        {
            return "PasskeyAddFailed";
        }
        PasskeyAttestationResult result;
        try
        {
            result = await signIn.PerformPasskeyAttestationAsync(credentialJson);
        }
        catch (Exception e)
            when (e
                    is PasskeyException
                        or JsonException
                        or FormatException
                        or InvalidOperationException
                        or ArgumentException
            )
        {
            // A malformed answer is refused like a wrong one: it never reaches the account.
            return "PasskeyAddFailed";
        }
        if (!result.Succeeded || result.UserEntity.Id != account.Id)
        {
            logger.LogInformation(
                "Passkey refused at registration: {Reason}",
                result.Failure?.Message ?? "another account's challenge"
            );
            return "PasskeyAddFailed";
        }
        var passkey = result.Passkey;
        var trimmed = name?.Trim() ?? "";
        passkey.Name =
            trimmed.Length == 0 ? DefaultName(passkey.CreatedAt) : trimmed[..Math.Min(trimmed.Length, MaxNameLength)];
        var saved = await users.AddOrUpdatePasskeyAsync(account, passkey);
        if (!saved.Succeeded)
        {
            return "PasskeyAddFailed";
        }
        await audit.AppendAsync(AuditActor.Of(account.Id), "accounts.passkey.add", AuditActor.Of(account.Id));
        return null;
    }

    /// <summary>Removes one of this account's passkeys; someone else's id finds nothing.</summary>
    public async Task<bool> RemoveAsync(Account account, string? id)
    {
        if (string.IsNullOrEmpty(id) || !Base64Url.IsValid(id))
        {
            return false;
        }
        var credentialId = Base64Url.DecodeFromChars(id);
        if (await users.GetPasskeyAsync(account, credentialId) is null)
        {
            return false;
        }
        var removed = await users.RemovePasskeyAsync(account, credentialId);
        if (removed.Succeeded)
        {
            await audit.AppendAsync(AuditActor.Of(account.Id), "accounts.passkey.remove", AuditActor.Of(account.Id));
        }
        return removed.Succeeded;
    }

    /// <summary>Options for any passkey of this site: the person is not known before the browser answers.</summary>
    public Task<string> RequestOptionsAsync() => signIn.MakePasskeyRequestOptionsAsync(null);

    /// <summary>The account whose passkey signed the challenge, or null; the sign-in itself is the caller's.</summary>
    public async Task<Account?> VerifyAsync(string? credentialJson)
    {
        if (string.IsNullOrWhiteSpace(credentialJson))
        {
            return null;
        }
        PasskeyAssertionResult<Account> result;
        try
        {
            result = await signIn.PerformPasskeyAssertionAsync(credentialJson);
        }
        catch (Exception e)
            when (e
                    is PasskeyException
                        or JsonException
                        or FormatException
                        or InvalidOperationException
                        or ArgumentException
            )
        {
            return null;
        }
        if (!result.Succeeded)
        {
            // Why, for whoever investigates a person's complaint; the person only learns it failed.
            logger.LogInformation("Passkey refused at sign-in: {Reason}", result.Failure.Message);
            return null;
        }
        if (!await signIn.CanSignInAsync(result.User) || await users.IsLockedOutAsync(result.User))
        {
            return null;
        }
        // The new signature counter is kept, so that a cloned authenticator shows up as a replay.
        await users.AddOrUpdatePasskeyAsync(result.User, result.Passkey);
        return result.User;
    }

    private string DefaultName(DateTimeOffset createdAt) =>
        text["PasskeyDefaultName", ParisTime.ToParis(createdAt.UtcDateTime).ToString("d", CultureInfo.CurrentCulture)];
}
