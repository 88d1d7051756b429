namespace Parallax.Storage;

internal static class StorageInfo
{
    public const int SchemaVersion = 1;
}
