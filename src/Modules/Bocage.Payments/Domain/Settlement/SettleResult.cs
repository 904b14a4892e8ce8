namespace Bocage.Payments.Domain.Settlement;

/// <summary>What came of it; anything but Applied changed no invoice.</summary>
internal enum SettleResult
{
    Applied,
    Duplicate,
    Pending,
    Unknown,
    Mismatch,
    Error,
}
