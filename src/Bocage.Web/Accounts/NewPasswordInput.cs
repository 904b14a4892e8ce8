using System.ComponentModel.DataAnnotations;

namespace Bocage.Web.Accounts;

/// <summary>A new password typed twice: invitation, reset.</summary>
public sealed record NewPasswordInput
{
    [Required(ErrorMessage = "PasswordRequired"), StringLength(200, ErrorMessage = "PasswordTooLong")]
    public string Password { get; init; } = "";

    [Required(ErrorMessage = "PasswordConfirmRequired"), Compare(nameof(Password), ErrorMessage = "PasswordMismatch")]
    public string PasswordConfirm { get; init; } = "";
}
