using System.Security.Cryptography;
using System.Text;

namespace Bocage.Kernel.Companies;

/// <summary>
/// Proving a company: typing a SIRET proves nothing (anyone can read one on an invoice), so business-only
/// services wait until either the code of a letter posted to the company's registered address comes back,
/// or an agent has checked a document the company sent.
/// </summary>
public sealed partial class Company
{
    /// <summary>A letter takes days to arrive and may wait for the manager's return: two months.</summary>
    public static readonly TimeSpan LetterValidity = TimeSpan.FromDays(60);

    /// <summary>Wrong codes allowed before the letter's code stops working.</summary>
    public const int MaxCodeAttempts = 5;

    // No 0/O, 1/I/L: the code is read on paper and typed by hand.
    private const string CodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private const int CodeLength = 10;

    public DateTime? VerifiedAt { get; private set; }

    public CompanyProof Proof { get; private set; }

    /// <summary>The document sent for an agent to check (a stored file), if any.</summary>
    public Guid? ProofFileId { get; private set; }

    public DateTime? ProofSentAt { get; private set; }

    /// <summary>SHA-256 of the letter's code: reading the database does not let anyone prove a company.</summary>
    public string? LetterCodeHash { get; private set; }

    public DateTime? LetterSentAt { get; private set; }

    public DateTime? LetterCodeExpiresAt { get; private set; }

    public int LetterCodeAttempts { get; private set; }

    public bool IsVerified => VerifiedAt is not null;

    /// <summary>
    /// A new code for a letter to the registered address; it replaces any earlier one. Returned once, to be
    /// printed, and never stored in clear.
    /// </summary>
    public CompanyResult<string> IssueLetterCode(DateTime nowUtc)
    {
        if (IsVerified)
        {
            return CompanyError.AlreadyVerified;
        }
        var code = string.Create(CodeLength, 0, (chars, _) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = CodeAlphabet[RandomNumberGenerator.GetInt32(CodeAlphabet.Length)];
            }
        });
        LetterCodeHash = HashOfCode(code);
        LetterSentAt = nowUtc;
        LetterCodeExpiresAt = nowUtc + LetterValidity;
        LetterCodeAttempts = 0;
        return CompanyResult<string>.Ok(code);
    }

    /// <summary>A member types the letter's code back; spaces, dashes and case do not matter.</summary>
    public CompanyResult ConfirmLetterCode(string accountId, string? typed, DateTime nowUtc)
    {
        if (MemberOf(accountId) is null)
        {
            return CompanyError.NotMember;
        }
        if (IsVerified)
        {
            return CompanyError.AlreadyVerified;
        }
        if (LetterCodeHash is null)
        {
            return CompanyError.CodeMissing;
        }
        if (LetterCodeAttempts >= MaxCodeAttempts)
        {
            return CompanyError.CodeExhausted;
        }
        if (nowUtc >= LetterCodeExpiresAt)
        {
            return CompanyError.CodeExpired;
        }
        var hash = HashOfCode(Normalise(typed));
        if (
            !CryptographicOperations.FixedTimeEquals(
                Encoding.ASCII.GetBytes(hash),
                Encoding.ASCII.GetBytes(LetterCodeHash)
            )
        )
        {
            LetterCodeAttempts++;
            return LetterCodeAttempts >= MaxCodeAttempts ? CompanyError.CodeExhausted : CompanyError.CodeWrong;
        }
        MarkVerified(CompanyProof.Letter, nowUtc);
        return CompanyResult.Ok;
    }

    /// <summary>A member sends a document for an agent to check; a new one replaces the previous one.</summary>
    public CompanyResult<Guid?> SendProof(string accountId, Guid fileId, DateTime nowUtc)
    {
        if (MemberOf(accountId) is null)
        {
            return CompanyError.NotMember;
        }
        if (IsVerified)
        {
            return CompanyError.AlreadyVerified;
        }
        var replaced = ProofFileId;
        ProofFileId = fileId;
        ProofSentAt = nowUtc;
        return CompanyResult<Guid?>.Ok(replaced);
    }

    /// <summary>An agent has checked the document sent and validates the company.</summary>
    public CompanyResult ValidateOnDocument(DateTime nowUtc)
    {
        if (IsVerified)
        {
            return CompanyError.AlreadyVerified;
        }
        if (ProofFileId is null)
        {
            return CompanyError.ProofMissing;
        }
        MarkVerified(CompanyProof.Document, nowUtc);
        return CompanyResult.Ok;
    }

    public static string HashOfCode(string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code)));

    /// <summary>Printed in groups of five for reading; typed back in any form.</summary>
    public static string FormatCode(string code) => code.Length == CodeLength ? $"{code[..5]}-{code[5..]}" : code;

    private static string Normalise(string? typed) =>
        new((typed ?? "").Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).Take(CodeLength * 2).ToArray());

    private void MarkVerified(CompanyProof proof, DateTime nowUtc)
    {
        VerifiedAt = nowUtc;
        Proof = proof;
        LetterCodeHash = null;
        LetterCodeExpiresAt = null;
        LetterCodeAttempts = 0;
    }
}
