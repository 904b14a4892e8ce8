using Bocage.Kernel.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Bocage.Web.Accounts;

/// <summary>Puts each Identity error at the field it concerns, with a French text of ours.</summary>
public static class IdentityErrors
{
    public static string FieldOf(IdentityError error, string prefix) =>
        error.Code switch
        {
            "DuplicateEmail" or "DuplicateUserName" or "InvalidEmail" or "InvalidUserName" => $"{prefix}.Email",
            _ when error.Code.StartsWith("Password", StringComparison.Ordinal)
                    || error.Code == WeakPasswordValidator.Code => $"{prefix}.Password",
            _ => "",
        };

    public static string KeyOf(IdentityError error) =>
        error.Code switch
        {
            "PasswordTooShort" => "PasswordTooShort",
            "PasswordRequiresUniqueChars" or WeakPasswordValidator.Code => "PasswordWeak",
            "DuplicateEmail" or "DuplicateUserName" => "EmailTaken",
            "InvalidEmail" or "InvalidUserName" => "EmailInvalid",
            "InvalidToken" => "LinkExpired",
            _ => "AccountErrorGeneric",
        };

    /// <summary>Puts every error of a failed Identity operation at its field.</summary>
    public static void AddTo(
        ModelStateDictionary modelState,
        IdentityResult result,
        IStringLocalizer text,
        string prefix = "Input"
    )
    {
        foreach (var error in result.Errors)
        {
            modelState.AddModelError(FieldOf(error, prefix), text[KeyOf(error)]);
        }
    }
}
