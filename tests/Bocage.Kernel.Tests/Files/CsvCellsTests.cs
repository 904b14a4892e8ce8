using System.Text;
using Bocage.Kernel.Files;

namespace Bocage.Kernel.Tests.Files;

public sealed class CsvCellsTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\")", "'=HYPERLINK(\"http://evil.example\")")]
    [InlineData("+33 3 27 00 00 00", "'+33 3 27 00 00 00")]
    [InlineData("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0")]
    [InlineData("@SUM(A1:A9)", "'@SUM(A1:A9)")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("\0=1+1", "'\0=1+1")]
    [InlineData("\r=1+1", "'\r=1+1")]
    [InlineData("-", "'-")]
    [InlineData("Trélon", "Trélon")]
    [InlineData("", "")]
    [InlineData("a=b", "a=b")]
    public void A_text_a_spreadsheet_would_run_gets_a_leading_quote_and_other_text_is_unchanged(
        string value,
        string expected
    )
    {
        Assert.Equal(expected, CsvCells.Neutralise(value));
        Assert.Equal(expected != value, CsvCells.NeedsPrefix(Encoding.UTF8.GetBytes(value)));
    }

    [Theory]
    [InlineData("-12.5")]
    [InlineData("+3")]
    [InlineData("-12,5")]
    [InlineData("-1.5e-3")]
    [InlineData("42")]
    public void Numbers_stay_numbers(string value)
    {
        Assert.Equal(value, CsvCells.Neutralise(value));
        Assert.False(CsvCells.NeedsPrefix(Encoding.UTF8.GetBytes(value)));
    }

    [Fact]
    public void A_cell_is_neutralised_then_quoted_when_it_holds_the_separator_a_quote_or_a_line_break()
    {
        Assert.Equal("\"'=1;2\"", CsvCells.Cell("=1;2", ';'));
        Assert.Equal("=1,2".Insert(0, "'"), CsvCells.Cell("=1,2", ';'));
        Assert.Equal("\"a \"\"b\"\"\"", CsvCells.Cell("a \"b\"", ','));
        Assert.Equal("'-x;-4.5;\r\n", CsvCells.Line(["-x", "-4.5", null], ';', "\r\n"));
    }
}
