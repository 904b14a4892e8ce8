using System.Linq.Expressions;

namespace Bocage.Kernel.Permissions;

/// <summary>
/// An engine's rows narrowed to an agent's scope in the database: nothing for an empty scope, everything for the
/// whole territory, else the rows of the communes of the grant (rows without a commune, the intercommunality's, need
/// the whole territory). The same rule for every back office, so that none lists another commune's rows.
/// </summary>
public static class ScopedQueries
{
    public static IQueryable<T> WithinScope<T>(
        this IQueryable<T> query,
        AccessScope scope,
        Expression<Func<T, string?>> commune
    )
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(commune);
        if (scope.IsEmpty)
        {
            return query.Where(_ => false);
        }
        if (scope.Everything)
        {
            return query;
        }
        var communes = scope.Communes.ToList();
        // communes.Contains(row.Commune), built once so that the database filters it (an IN list).
        var contains = Expression.Call(
            Expression.Constant(communes),
            typeof(List<string>).GetMethod(nameof(List<string>.Contains))!,
            commune.Body
        );
        return query.Where(Expression.Lambda<Func<T, bool>>(contains, commune.Parameters));
    }
}
