namespace Bocage.Kernel.Territory;

public static class IdentityPermissions
{
    /// <summary>
    /// Setting a commune's colour and emblem, where the grant reaches (its town hall's agents); the intercommunality's
    /// needs a grant on the whole territory.
    /// </summary>
    public const string Edit = "kernel.identity";
}
