namespace Bocage.Kernel.Mail;

public sealed record MailAttachment(string FileName, string ContentType, byte[] Content);
