namespace Bocage.Bookings.Domain.Questions;

/// <summary>
/// The small set of answers a registration asks for (the procedures engine's field kinds are not in its contract):
/// a short text, yes or no, one choice among the place's.
/// </summary>
internal enum QuestionKind
{
    Text = 0,
    YesNo = 1,
    Choice = 2,
}
