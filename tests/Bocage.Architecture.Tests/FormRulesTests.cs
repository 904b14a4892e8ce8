using System.Text.RegularExpressions;

namespace Bocage.Architecture.Tests;

/// <summary>
/// CSRF on every form. The form tag helper adds the anti-forgery token by itself only to a form without an
/// <c>action</c> (or with <c>asp-page</c>…); a form that names its address must ask for it, or a real browser's
/// post is refused « Demande incorrecte ». The HTTP tests cannot see it: their browser sends the token of any form
/// of the page (the header's sign-out form has one).
/// </summary>
public sealed partial class FormRulesTests
{
    [GeneratedRegex(@"<form\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex FormTag();

    [Fact]
    public void Every_form_that_posts_to_a_named_address_carries_the_anti_forgery_token()
    {
        var missing = Repository
            .Files("src", "*.cshtml")
            .SelectMany(file =>
                FormTag()
                    .Matches(File.ReadAllText(file))
                    .Select(m => m.Value)
                    .Where(tag =>
                        tag.Contains("method=\"post\"", StringComparison.OrdinalIgnoreCase)
                        && tag.Contains(" action=", StringComparison.Ordinal)
                        && !tag.Contains("asp-antiforgery=\"true\"", StringComparison.Ordinal)
                    )
                    .Select(tag => $"{Repository.Relative(file)}: {tag}")
            )
            .ToList();

        Assert.True(missing.Count == 0, "Forms without their token:\n" + string.Join("\n", missing));
    }
}
