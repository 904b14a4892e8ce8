using Bocage.Kernel.Files;

namespace Bocage.Kernel.Tests.Files;

public sealed class ScanVerdictTests
{
    [Theory]
    [InlineData("stream: OK")]
    [InlineData("stream: OK\0")]
    public void A_clean_reply_is_clean(string reply)
    {
        Assert.IsType<ScanVerdict.Clean>(ScanVerdict.FromReply(reply));
    }

    [Theory]
    [InlineData("stream: Eicar-Test-Signature FOUND\0")]
    [InlineData("stream: Eicar-Test-Signature.UNOFFICIAL FOUND\0")]
    public void A_found_reply_names_the_signature(string reply)
    {
        var verdict = ScanVerdict.FromReply(reply);

        Assert.Equal("Eicar-Test-Signature", Assert.IsType<ScanVerdict.Infected>(verdict).Signature);
    }

    [Theory]
    [InlineData("INSTREAM size limit exceeded. ERROR\0")]
    [InlineData("")]
    [InlineData("UNKNOWN COMMAND")]
    public void Anything_else_is_no_verdict(string reply)
    {
        Assert.IsType<ScanVerdict.Failed>(ScanVerdict.FromReply(reply));
    }
}
