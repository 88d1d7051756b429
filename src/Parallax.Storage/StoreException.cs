namespace Parallax.Storage;

/// <summary>The store cannot be opened, read or written; the message names the store and the cause.</summary>
public sealed class StoreException : Exception
{
    public StoreException()
    {
    }

    public StoreException(string message)
        : base(message)
    {
    }

    public StoreException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
