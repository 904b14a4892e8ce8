namespace Bocage.Kernel.Documents;

public abstract record PdfBlock;
