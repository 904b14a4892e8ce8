using System.Net;
using System.Text.RegularExpressions;

namespace Bocage.Testing;

/// <summary>
/// A person's browser without JavaScript, through HTTP: keeps cookies, reads the anti-forgery token of
/// the last form it loaded and sends it back, as a real form post would.
/// </summary>
public sealed partial class Browser(HttpClient client, HttpClient? streaming = null)
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    public HttpClient Client => client;

    /// <summary>
    /// The same cookies without following redirections: the test host's redirection handler copies every
    /// request body into memory (to send it again), which a test measuring a large upload cannot have.
    /// </summary>
    public HttpClient Streaming =>
        streaming ?? throw new InvalidOperationException("This browser was created without a streaming client.");

    public string LastPage { get; private set; } = "";

    public async Task<HttpResponseMessage> GetAsync(string path)
    {
        var response = await client.GetAsync(path);
        LastPage = await response.Content.ReadAsStringAsync();
        return response;
    }

    public async Task<string> OpenAsync(string path)
    {
        using var response = await GetAsync(path);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode}");
        }
        return LastPage;
    }

    /// <summary>Submits a form of the last page loaded (or of <paramref name="formPage"/>), with its token.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(
        string action,
        IEnumerable<KeyValuePair<string, string>> fields,
        string? formPage = null
    )
    {
        if (formPage is not null)
        {
            await OpenAsync(formPage);
        }
        var token = TokenField().Match(LastPage);
        // A list, not a dictionary: ticked boxes of one name send that name once per box.
        var values = fields.ToList();
        if (token.Success)
        {
            values.RemoveAll(f => f.Key == "__RequestVerificationToken");
            values.Add(new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)));
        }
        var response = await client.PostAsync(action, new FormUrlEncodedContent(values));
        LastPage = await response.Content.ReadAsStringAsync();
        return response;
    }

    /// <summary>
    /// Submits a <c>multipart/form-data</c> form of the last page loaded (or of <paramref name="formPage"/>), with
    /// its token and the files chosen for its file inputs, as a browser sends a form with <c>enctype</c> set.
    /// </summary>
    public async Task<HttpResponseMessage> SubmitWithFilesAsync(
        string action,
        IDictionary<string, string> fields,
        IEnumerable<UploadedFile> files,
        string? formPage = null
    )
    {
        if (formPage is not null)
        {
            await OpenAsync(formPage);
        }
        using var content = new MultipartFormDataContent();
        var token = TokenField().Match(LastPage);
        if (token.Success)
        {
            content.Add(new StringContent(WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken");
        }
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }
        foreach (var file in files)
        {
            var part = new ByteArrayContent(file.Content);
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(file.ContentType);
            content.Add(part, file.Input, file.FileName);
        }
        var response = await client.PostAsync(action, content);
        LastPage = await response.Content.ReadAsStringAsync();
        return response;
    }

    /// <summary>Signs in with a password (and the authenticator's code when asked for one).</summary>
    public async Task<HttpResponseMessage> SignInAsync(string email, string password, string? totpKey = null)
    {
        var response = await SubmitAsync(
            "/connexion",
            new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password },
            "/connexion"
        );
        if (totpKey is not null && response.RequestMessage?.RequestUri?.AbsolutePath == "/connexion/code")
        {
            response = await SubmitAsync(
                "/connexion/code",
                new Dictionary<string, string> { ["Input.Code"] = Totp.Now(totpKey) }
            );
        }
        return response;
    }
}

/// <summary>A file chosen in a form's file input.</summary>
public sealed record UploadedFile(
    string Input,
    string FileName,
    byte[] Content,
    string ContentType = "application/octet-stream"
);
