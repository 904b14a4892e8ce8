using Bocage.Kernel.Accounts;
using Bocage.Kernel.Audit;
using Bocage.Kernel.Data;
using Bocage.Kernel.Files;
using Bocage.Kernel.Permissions;
using Bocage.Kernel.Seed;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace Bocage.Kernel.Territory;

/// <summary>
/// The demo's looks (Database:SeedDemo only): Fourmies in blue with a drawn shield — a demo emblem, not the town's
/// coat of arms —, Trélon in green without one, and both town halls' agents allowed to change them.
/// </summary>
internal static class DemoIdentities
{
    private const string Fourmies = "59249";

    private const string Trelon = "59601";

    public static async Task SeedAsync(
        KernelDb db,
        AccountsDb accounts,
        FileStore files,
        DateTime now,
        CancellationToken cancellationToken
    )
    {
        await DemoGrants.EnsureAsync(
            accounts,
            "agent.fourmies@demo.sud-avesnois.fr",
            IdentityPermissions.Edit,
            GrantScope.Organisation("mairie-fourmies"),
            now,
            cancellationToken
        );
        await DemoGrants.EnsureAsync(
            accounts,
            "agent.trelon@demo.sud-avesnois.fr",
            IdentityPermissions.Edit,
            GrantScope.Organisation("mairie-trelon"),
            now,
            cancellationToken
        );
        var communes = await db
            .Communes.Where(c => c.Insee == Fourmies || c.Insee == Trelon)
            .ToListAsync(cancellationToken);
        // Set once: an agent's later choice is not undone at the next start.
        if (communes.Count == 0 || communes.Any(c => c.Identity != VisualIdentity.None))
        {
            return;
        }
        var emblem = await files.SaveDerivedAsync(
            Shield(),
            "embleme.jpg",
            FileKind.Jpeg,
            "Kernel",
            AuditActor.Seed,
            now,
            cancellationToken
        );
        foreach (var commune in communes)
        {
            commune.ShowAs(
                commune.Insee == Fourmies
                    ? new VisualIdentity("#1f4e8c", emblem.Id, ShieldWidth, ShieldHeight)
                    : new VisualIdentity("#1c6b2f", null, 0, 0)
            );
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private const int ShieldWidth = 200;

    private const int ShieldHeight = 240;

    /// <summary>A blue shield with a gold chevron and three gold roundels, on white.</summary>
    private static byte[] Shield()
    {
        using var surface = SKSurface.Create(new SKImageInfo(ShieldWidth, ShieldHeight));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        using var outline = Path(b =>
        {
            b.MoveTo(10, 10);
            b.LineTo(190, 10);
            b.LineTo(190, 130);
            b.QuadTo(190, 200, 100, 232);
            b.QuadTo(10, 200, 10, 130);
        });
        using var field = new SKPaint { Color = new SKColor(0x1f, 0x4e, 0x8c), IsAntialias = true };
        using var gold = new SKPaint { Color = new SKColor(0xe8, 0xb9, 0x31), IsAntialias = true };
        using var border = new SKPaint
        {
            Color = new SKColor(0x12, 0x2e, 0x54),
            IsAntialias = true,
            Style = SKPaintStyle.Stroke,
            StrokeWidth = 6,
        };
        canvas.DrawPath(outline, field);
        using var chevron = Path(b =>
        {
            b.MoveTo(22, 150);
            b.LineTo(100, 80);
            b.LineTo(178, 150);
            b.LineTo(178, 180);
            b.LineTo(100, 110);
            b.LineTo(22, 180);
        });
        canvas.Save();
        canvas.ClipPath(outline, antialias: true);
        canvas.DrawPath(chevron, gold);
        canvas.Restore();
        foreach (var (x, y) in new[] { (55f, 50f), (145f, 50f), (100f, 185f) })
        {
            canvas.DrawCircle(x, y, 16, gold);
        }
        canvas.DrawPath(outline, border);
        using var image = surface.Snapshot();
        using var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, 90);
        return jpeg.ToArray();
    }

    private static SKPath Path(Action<SKPathBuilder> draw)
    {
        using var builder = new SKPathBuilder();
        draw(builder);
        builder.Close();
        return builder.Detach();
    }
}
