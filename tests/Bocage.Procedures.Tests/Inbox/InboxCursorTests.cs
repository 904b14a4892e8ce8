using Bocage.Procedures.Domain.Filing;

namespace Bocage.Procedures.Tests.Inbox;

public sealed class InboxCursorTests
{
    [Fact]
    public void A_cursor_reads_back_as_it_was_written_to_the_tick()
    {
        var cursor = new InboxCursor(
            new DateTime(2026, 3, 1, 10, 20, 30, DateTimeKind.Utc).AddTicks(1234567),
            Guid.NewGuid()
        );

        var read = InboxCursor.Decode(cursor.Encode(), out var invalid);

        Assert.False(invalid);
        Assert.Equal(cursor, read);
        Assert.Equal(DateTimeKind.Utc, read!.SubmittedAt.Kind);
        Assert.Matches("^[0-9]+-[0-9a-f]{32}$", cursor.Encode());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void No_cursor_is_the_first_page_without_a_message(string? text)
    {
        Assert.Null(InboxCursor.Decode(text, out var invalid));
        Assert.False(invalid);
    }

    [Theory]
    [InlineData("x")]
    [InlineData("-")]
    [InlineData("123")]
    [InlineData("123-")]
    [InlineData("-5-0123456789abcdef0123456789abcdef")]
    [InlineData("+5-0123456789abcdef0123456789abcdef")]
    [InlineData(" 5-0123456789abcdef0123456789abcdef")]
    [InlineData("99999999999999999999999-0123456789abcdef0123456789abcdef")]
    [InlineData("3155378976000000000-0123456789abcdef0123456789abcdef")]
    [InlineData("5-0123456789abcdef0123456789abcdeg")]
    [InlineData("5-0123456789abcdef0123456789abcdef00")]
    [InlineData("5-01234567-89ab-cdef-0123-456789abcdef")]
    [InlineData("5-<script>alert(1)</script>")]
    [InlineData("5-0123456789abcdef\u00000123456789abcdef")]
    [InlineData("٣-0123456789abcdef0123456789abcdef")]
    public void A_hostile_cursor_is_refused_so_the_page_shows_the_first_page_and_says_so(string text)
    {
        Assert.Null(InboxCursor.Decode(text, out var invalid));
        Assert.True(invalid);
    }

    [Fact]
    public void A_huge_cursor_is_refused_without_being_parsed()
    {
        Assert.Null(
            InboxCursor.Decode(new string('9', 100_000) + "-0123456789abcdef0123456789abcdef", out var invalid)
        );
        Assert.True(invalid);
    }
}
