using Bocage.Kernel.Search;

namespace Bocage.Kernel.Tests.Search;

public sealed class SearchTermsTests
{
    [Fact]
    public void Terms_drop_case_accents_little_words_and_plurals()
    {
        Assert.Equal(["attestation", "accueil"], SearchTerms.Of("Une ATTESTATIONS d'accueil"));
        Assert.Equal(["bac", "ordure", "menagere"], SearchTerms.Of("bacs à ordures ménagères"));
        Assert.Equal(["journal", "oeuvre"], SearchTerms.Of("journaux, Œuvres"));
    }

    [Fact]
    public void A_query_of_only_little_words_or_punctuation_has_no_term()
    {
        Assert.Empty(SearchTerms.Of("de la"));
        Assert.Empty(SearchTerms.Of(" -- ' \" * "));
        Assert.Empty(SearchTerms.Of(null));
    }

    [Fact]
    public void Terms_hold_only_ascii_letters_and_digits_so_they_are_safe_in_a_full_text_query()
    {
        var terms = SearchTerms.Of("cantine\" OR * NEAR(x) 59249 é'è");

        Assert.All(terms, t => Assert.Matches("^[a-z0-9]+$", t));
        Assert.Contains("59249", terms);
    }

    [Fact]
    public void Long_queries_keep_their_first_terms()
    {
        var terms = SearchTerms.Of(string.Join(' ', Enumerable.Range(1, 20).Select(i => $"mot{i}")));

        Assert.Equal(SearchTerms.MaxTerms, terms.Count);
        Assert.Equal("mot1", terms[0]);
    }

    [Theory]
    [InlineData("cantin", "Inscription à la cantine", true)]
    [InlineData("cantines fourmies", "Cantine – octobre (Fourmies)", true)]
    [InlineData("cantine trelon", "Cantine – octobre (Fourmies)", false)]
    [InlineData("eau", "Redevance ordures ménagères", false)]
    [InlineData("menagere", "Redevance ordures ménagères", true)]
    public void Own_documents_match_when_every_term_begins_a_word(string query, string text, bool expected)
    {
        Assert.Equal(expected, SearchTerms.Matches(SearchTerms.Of(query), text));
    }
}
