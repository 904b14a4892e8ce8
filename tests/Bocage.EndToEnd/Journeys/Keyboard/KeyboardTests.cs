using Bocage.EndToEnd.Hosting;
using static Microsoft.Playwright.Assertions;

namespace Bocage.EndToEnd.Journeys.Keyboard;

public sealed class KeyboardTests(BrowserHost host) : BrowserTest(host)
{
    private const string FocusedElement = """
        () => {
          const e = document.activeElement;
          const s = getComputedStyle(e);
          return { tag: e.tagName.toLowerCase(), id: e.id, text: (e.innerText || e.value || '').trim().slice(0, 60),
                   outline: s.outlineStyle, outlineWidth: s.outlineWidth, shadow: s.boxShadow };
        }
        """;

    private static readonly string[] Focusable = ["a", "button", "input", "select", "textarea", "summary"];

    [Fact]
    public async Task Keyboard_user_skips_to_the_content_with_the_first_Tab()
    {
        await OpenAsync("/feuille-de-route");

        await Page.Keyboard.PressAsync("Tab");

        var skipLink = Page.Locator(".skip-link");
        await Expect(skipLink).ToBeFocusedAsync();
        await Expect(skipLink).ToHaveTextAsync("Aller au contenu");
        var box = await skipLink.BoundingBoxAsync() ?? throw new InvalidOperationException("The skip link has no box.");
        Assert.True(box.Y >= 0, $"The focused skip link is off screen (top {box.Y}).");

        await Page.Keyboard.PressAsync("Enter");

        await Expect(Page.Locator("#contenu")).ToBeFocusedAsync();
        // The next Tab continues from the content, not from the header.
        await Page.Keyboard.PressAsync("Tab");
        var next = await Page.EvaluateAsync<Focused>(FocusedElement);
        Assert.True(
            await Page.EvaluateAsync<bool>("() => document.getElementById('contenu').contains(document.activeElement)"),
            $"After the skip link, Tab went to <{next.Tag}> '{next.Text}' outside the content."
        );
    }

    [Fact]
    public async Task Keyboard_user_always_sees_which_element_has_the_focus()
    {
        await OpenAsync("/");
        var seen = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            await Page.Keyboard.PressAsync("Tab");
            var focused = await Page.EvaluateAsync<Focused>(FocusedElement);
            Assert.Contains(focused.Tag, Focusable);
            var outlined = focused.Outline is not ("" or "none") && focused.OutlineWidth is not ("" or "0px");
            var shadowed = focused.Shadow is not ("" or "none");
            Assert.True(
                outlined || shadowed,
                $"<{focused.Tag}> '{focused.Text}' has the focus but no visible outline ({focused.Outline} {focused.OutlineWidth}) nor box-shadow."
            );
            seen.Add(focused.Text);
        }
        // The walk went through the page, not round the same element.
        Assert.True(seen.Distinct().Count() >= 10, $"Tab only visited: {string.Join(" | ", seen)}");
    }

    private sealed class Focused
    {
        public string Tag { get; set; } = "";

        public string Id { get; set; } = "";

        public string Text { get; set; } = "";

        public string Outline { get; set; } = "";

        public string OutlineWidth { get; set; } = "";

        public string Shadow { get; set; } = "";
    }
}
