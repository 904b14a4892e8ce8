using System.Text.RegularExpressions;
using Xunit;

namespace Bocage.Testing;

public sealed partial class Browser
{
    [GeneratedRegex("id=\"cle-partagee\">([a-z0-9 ]+)</code>")]
    private static partial Regex SharedKey();

    /// <summary>
    /// Signs a staff member in for the first time, as a real agent does: the password, then the authenticator
    /// enrolment the site demands of staff, with a code of the key it shows. Answers the enrolled key.
    /// </summary>
    public async Task<string> SignInAsStaffAsync(string email, string password)
    {
        await SignInAsync(email, password);
        var key = SharedKey().Match(LastPage).Groups[1].Value;
        Assert.NotEmpty(key);
        await SubmitAsync(
            "/compte/double-authentification",
            new Dictionary<string, string> { ["Input.Code"] = Totp.Now(key) }
        );
        return key;
    }
}
