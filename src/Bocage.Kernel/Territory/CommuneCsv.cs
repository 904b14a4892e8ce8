using System.Globalization;
using Bocage.Kernel.Seed;

namespace Bocage.Kernel.Territory;

/// <summary>Reads the communes file: insee;nom;population;source.</summary>
public static class CommuneCsv
{
    public static List<Commune> Read(TextReader reader) =>
        SemicolonCsv.Read(reader, f => new Commune(
            f("insee"),
            f("nom"),
            int.Parse(f("population"), CultureInfo.InvariantCulture),
            f("source")
        ));
}
