using System.Security.Cryptography;
using System.Text;
using Bocage.Procedures.Domain.Answers;

namespace Bocage.Procedures.Domain.Files;

/// <summary>Tracking codes of applicants without an account: random, shown once, stored hashed.</summary>
internal static class TrackingCodes
{
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string New() =>
        string.Join(
            '-',
            Enumerable
                .Range(0, 3)
                .Select(_ => new string(
                    Enumerable
                        .Range(0, 4)
                        .Select(_ => Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)])
                        .ToArray()
                ))
        );

    public static string Hash(string code) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Normalise(code))));

    public static string Normalise(string code) =>
        new string(code.Where(char.IsAsciiLetterOrDigit).ToArray()).ToUpperInvariant();
}

/// <summary>The searchable text of a file: its number and answers, lower case, bounded.</summary>
internal static class SearchTexts
{
    public static string Of(string? number, AnswerSet answers)
    {
        var text = string.Join(
                ' ',
                answers.Values.Values.SelectMany(v => v).Where(v => v.Length < 500).Prepend(number ?? "")
            )
            .ToLowerInvariant();
        return text.Length > 4000 ? text[..4000] : text;
    }
}
