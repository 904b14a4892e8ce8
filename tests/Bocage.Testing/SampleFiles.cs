namespace Bocage.Testing;

/// <summary>Files a person chooses in an upload field, small enough to live in the tests.</summary>
public static class SampleFiles
{
    /// <summary>The smallest PDF a sniffer accepts: a catalogue and an empty page tree.</summary>
    public static readonly byte[] Pdf = System.Text.Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
    );

    /// <summary>The EICAR anti-virus test file: harmless, yet every scanner must report it.</summary>
    public static readonly byte[] Eicar = System.Text.Encoding.ASCII.GetBytes(
        @"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"
    );
}
