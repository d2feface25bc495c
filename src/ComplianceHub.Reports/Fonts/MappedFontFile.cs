using System.Buffers;
using System.IO.MemoryMappedFiles;

namespace ComplianceHub.Reports.Fonts;

/// <summary>
/// A font file mapped read-only into memory rather than copied onto the managed heap: the two 20 MB glyf faces
/// would otherwise more than double the heap a streaming jurisdiction report needs (it fits in 56 MB).
/// The OS shares and pages the mapping; the deploy script replaces a face by renaming, so a mapped file never
/// changes underneath.
/// </summary>
internal sealed unsafe class MappedFontFile : MemoryManager<byte>
{
    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _view;
    private readonly byte* _start;
    private readonly int _length;

    public MappedFontFile(string path)
    {
        var length = new FileInfo(path).Length;
        _length = checked((int)length);
        _file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, mapName: null, capacity: 0, MemoryMappedFileAccess.Read);
        _view = _file.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
        byte* pointer = null;
        _view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        _start = pointer + _view.PointerOffset;
    }

    public override Span<byte> GetSpan() => new(_start, _length);

    public override MemoryHandle Pin(int elementIndex = 0) => new(_start + elementIndex);

    public override void Unpin()
    {
        // Mapped memory never moves.
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _view.SafeMemoryMappedViewHandle.ReleasePointer();
            _view.Dispose();
            _file.Dispose();
        }
    }
}
