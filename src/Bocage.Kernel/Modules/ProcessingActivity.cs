namespace Bocage.Kernel.Modules;

/// <summary>
/// One entry of the register of processing activities (RGPD article 30), declared by the engine that
/// processes the data. Written in French: the register is a legal document of the French controller.
/// </summary>
public sealed record ProcessingActivity(
    string Name,
    string Purpose,
    string LegalBasis,
    string DataSubjects,
    string DataCategories,
    string Recipients,
    string Retention,
    string Security
);
