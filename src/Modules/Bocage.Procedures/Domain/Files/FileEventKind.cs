namespace Bocage.Procedures.Domain.Files;

internal enum FileEventKind
{
    Transition = 0,
    Completed = 1,
    ActionDone = 2,
    ActionFailed = 3,
}
