using Bocage.Kernel.Data;
using Bocage.OpenData.Data;
using Bocage.OpenData.Domain.Map;
using Bocage.OpenData.Domain.Observatory;
using Microsoft.EntityFrameworkCore;

namespace Bocage.OpenData.Domain.Broadband;

internal sealed class CoverageAtAddress(
    OpenDataDb db,
    KernelDb kernel,
    ObservatoryReader reader,
    CoverageReports reports
)
{
    public async Task<IReadOnlyList<AddressMatch>> FindAsync(string text, CancellationToken cancellationToken = default)
    {
        var names = await kernel
            .Communes.AsNoTracking()
            .ToDictionaryAsync(c => c.Insee, c => c.Name, cancellationToken);
        // The reference of twelve villages holds a few thousand addresses: matched in memory.
        var addresses = await db.Addresses.AsNoTracking().ToListAsync(cancellationToken);
        return AddressMatcher.Find(text, addresses, names);
    }

    public async Task<AddressCoverage> CoverageAsync(
        AddressMatch match,
        System.Security.Claims.ClaimsPrincipal user,
        CancellationToken cancellationToken = default
    )
    {
        var address = match.Address;
        var indicators = await reader.VisibleIndicatorsAsync(user, cancellationToken);
        async Task<string> CommuneFigure(string slug)
        {
            var indicator = indicators.FirstOrDefault(i => i.Slug == slug);
            if (indicator is null)
            {
                return "—";
            }
            var latest = await reader.LatestByCommuneAsync(indicator.Id, cancellationToken);
            return latest.TryGetValue(address.CommuneInsee, out var f)
                ? $"{ScaledNumber.Format(f.Scaled, indicator.Scale)} % ({f.Period})"
                : "—";
        }
        async Task<NearbyPoint?> Nearest(string layer)
        {
            var points = await db
                .MapFeatures.AsNoTracking()
                .Where(f => f.Layer == layer)
                .ToListAsync(cancellationToken);
            return points
                .Select(p => new NearbyPoint(
                    p.Name,
                    Distance.Kilometres(address.Latitude, address.Longitude, p.Latitude, p.Longitude)
                ))
                .OrderBy(p => p.Km)
                .FirstOrDefault();
        }
        var checkedReports = await reports.CheckedByCommuneAsync(cancellationToken);
        return new AddressCoverage(
            match,
            address.Fibre,
            await CommuneFigure("couverture-fibre"),
            await CommuneFigure("couverture-4g"),
            await Nearest("wifi"),
            await Nearest("fibre"),
            checkedReports.GetValueOrDefault(address.CommuneInsee)
        );
    }
}
