using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bocage.Kernel.Mail;

/// <summary>A file sent with a mail, kept with it so that a retry sends the same bytes.</summary>
public sealed class OutgoingMailAttachment(string fileName, string contentType, byte[] content)
{
    public long Id { get; private set; }

    public long MailId { get; private set; }

    public string FileName { get; private set; } = fileName;

    public string ContentType { get; private set; } = contentType;

    public byte[] Content { get; private set; } = content;

    internal static void Configure(EntityTypeBuilder<OutgoingMailAttachment> e)
    {
        e.ToTable("mail_attachments");
        e.HasKey(a => a.Id);
        e.Property(a => a.FileName).HasMaxLength(255);
        e.Property(a => a.ContentType).HasMaxLength(200);
    }
}
