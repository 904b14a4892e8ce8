using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bocage.Kernel.Files;

internal static class FilesRegistration
{
    public static void AddFiles(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<FilesOptions>(builder.Configuration.GetSection("Files"));
        builder.Services.Configure<ClamAvOptions>(builder.Configuration.GetSection("ClamAv"));
        builder.Services.AddSingleton<ClamAvClient>();
        builder.Services.AddScoped<FileStore>();
        builder.Services.AddScoped<Data.Backups.InstanceBackup>();
        builder.Services.AddScoped<UploadService>();
        builder.Services.AddScoped<Images.PictureUploads>();
        builder
            .Services.AddHealthChecks()
            .AddCheck<AntivirusHealthCheck>(AntivirusHealthCheck.Name, tags: [AntivirusHealthCheck.Tag]);
    }
}
