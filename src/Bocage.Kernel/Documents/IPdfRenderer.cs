namespace Bocage.Kernel.Documents;

public interface IPdfRenderer
{
    byte[] Render(PdfDocument document);
}
