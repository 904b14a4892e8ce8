namespace Bocage.Kernel.Mail;

/// <summary>A mail refused at enqueue: nothing was stored.</summary>
public sealed class InvalidMailException(string message) : ArgumentException(message);
