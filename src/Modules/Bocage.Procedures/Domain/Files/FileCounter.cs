namespace Bocage.Procedures.Domain.Files;

/// <summary>Last file number given per year, incremented in the submission's transaction.</summary>
internal sealed class FileCounter(int year)
{
    public int Year { get; private set; } = year;

    public int Last { get; set; }

    public static string Format(int year, int value) => $"CCSA-{year}-{value:000000}";
}
