using System.Runtime.ExceptionServices;

namespace Planner.Geo.Formats;

/// <summary>
/// A write-only pass-through stream that never throws from <see cref="Write(byte[], int, int)"/> or
/// <see cref="Flush"/>: the first I/O failure (e.g. a full disk) is kept, later writes are dropped, and
/// <see cref="ThrowIfFailed"/> rethrows it once the native writer has returned. An exception must not cross a native
/// frame (SkiaSharp calls the stream from C++), where it aborts the process instead of unwinding.
/// </summary>
internal sealed class FailureLatchStream(Stream inner) : Stream
{
    private ExceptionDispatchInfo? failure;
    private long written;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => written;

    public override long Position
    {
        get => written;
        set => throw new NotSupportedException("the stream is write-only and forward-only");
    }

    public void ThrowIfFailed() => failure?.Throw();

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (failure is not null)
        {
            return;
        }

        try
        {
            inner.Write(buffer);
            written += buffer.Length;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            failure = ExceptionDispatchInfo.Capture(ex);
        }
    }

    public override void Flush()
    {
        if (failure is not null)
        {
            return;
        }

        try
        {
            inner.Flush();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            failure = ExceptionDispatchInfo.Capture(ex);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("the stream is write-only");

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("the stream is forward-only");

    public override void SetLength(long value) => throw new NotSupportedException("the stream is forward-only");
}
