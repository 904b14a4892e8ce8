using Bocage.EndToEnd.Hosting;

namespace Bocage.EndToEnd.Journeys.Accessibility;

/// <summary>The axe check itself: a page that passes must be a page axe would have failed had it been broken.</summary>
public sealed class AxeCheckTests(BrowserHost host) : BrowserTest(host)
{
    [Fact]
    public async Task Axe_check_names_the_rule_the_impact_the_help_and_the_element_of_a_violation()
    {
        await OpenAsync("/communes");
        // Break the page on purpose: a field with no label and text too pale to read.
        await Page.EvaluateAsync(
            """
            () => {
              const main = document.getElementById('contenu');
              main.insertAdjacentHTML('beforeend', '<input id="champ-sans-etiquette" type="text">');
              const pale = document.createElement('p');
              pale.id = 'texte-pale';
              pale.textContent = 'Texte illisible';
              pale.style.color = '#eeeeee';
              main.append(pale);
            }
            """
        );

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => Axe.AssertNoViolationsAsync(Page));

        Assert.Contains("- label [critical]", failure.Message);
        Assert.Contains("#champ-sans-etiquette", failure.Message);
        Assert.Contains("- color-contrast [serious]", failure.Message);
        Assert.Contains("#texte-pale", failure.Message);
        Assert.Contains("Elements must meet minimum color contrast ratio thresholds", failure.Message);
    }
}
