namespace Bocage.Kernel.Mail;

/// <summary>
/// The SMTP server could not be reached or refused the session: every mail of the batch would fail alike.
/// </summary>
internal sealed class MailServerUnreachableException(string message, Exception inner) : Exception(message, inner);
