using System.Xml;

namespace Bocage.Places.Domain.Circuits;

/// <summary>
/// Reads uploaded XML without DTDs or external entities (no « billion laughs », no file read through an entity).
/// </summary>
internal static class XmlSafety
{
    public static XmlReader Reader(Stream stream) =>
        XmlReader.Create(
            stream,
            new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                MaxCharactersInDocument = 64L * 1024 * 1024,
            }
        );
}
