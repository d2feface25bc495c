using System.Buffers;

namespace ComplianceHub.Cli.Labels;

/// <summary>
/// Splits a byte stream into lines without building a string: one pooled buffer, refilled in place,
/// so a file of any size is read in the memory of its longest line.
/// </summary>
internal sealed class LabelLineReader(Stream input) : IDisposable
{
    private const int InitialBufferSize = 64 * 1024;

    // A line longer than this is not a label; stopping keeps memory bounded on a file without newlines.
    private const int MaxLineBytes = 16 * 1024 * 1024;

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(InitialBufferSize);
    private int _start;
    private int _end;
    private bool _endOfInput;
    private bool _atStart = true;

    /// <summary>The 1-based physical line number of the line last returned.</summary>
    public int LineNumber { get; private set; }

    /// <summary>Bytes of input consumed up to and including the line last returned.</summary>
    public long BytesConsumed { get; private set; }

    /// <summary>
    /// The next line, without its '\n' (a trailing '\r' is left: JSON treats it as whitespace).
    /// The span is valid until the next call.
    /// </summary>
    public bool TryReadLine(out ReadOnlySpan<byte> line)
    {
        var searched = 0;
        while (true)
        {
            var pending = _buffer.AsSpan(_start, _end - _start);
            var newline = pending[searched..].IndexOf((byte)'\n');
            if (newline >= 0)
            {
                return Take(pending, searched + newline, 1, out line);
            }

            if (_endOfInput)
            {
                // The last line need not end in a newline.
                line = default;
                return !pending.IsEmpty && Take(pending, pending.Length, 0, out line);
            }

            searched = pending.Length;
            if (searched >= MaxLineBytes)
            {
                throw new LabelInputException(LineNumber + 1, $"行过长: line longer than {MaxLineBytes / (1024 * 1024)} MiB");
            }

            Fill();
        }
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    private bool Take(ReadOnlySpan<byte> pending, int length, int terminatorLength, out ReadOnlySpan<byte> line)
    {
        line = pending[..length];
        _start += length + terminatorLength;
        BytesConsumed += length + terminatorLength;
        LineNumber++;
        if (_atStart)
        {
            // Editors on Windows save UTF-8 with a byte order mark, which JSON does not allow.
            _atStart = false;
            if (line.StartsWith(Utf8Bom))
            {
                line = line[Utf8Bom.Length..];
            }
        }

        return true;
    }

    private void Fill()
    {
        // Move the unfinished line to the front, then grow only if it alone fills the buffer.
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            _buffer.AsSpan(0, _end).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        var read = input.Read(_buffer, _end, _buffer.Length - _end);
        _endOfInput = read == 0;
        _end += read;
    }
}
