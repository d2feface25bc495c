using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using ComplianceHub.Domain.Labels;

namespace ComplianceHub.Cli.Labels;

/// <summary>
/// Writes one verdict line <c>{"id":…,"compliant":…,"violations":[…]}</c> per label, UTF-8, into
/// one buffer that goes to the output stream in large writes: a write per line would make a
/// system call per label.
/// </summary>
internal sealed class LabelResultWriter : IDisposable
{
    private const int FlushThreshold = 64 * 1024;

    // Chinese ids stay readable; quotes, backslashes and control characters are still escaped.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // The code list of every flag combination, encoded once.
    private const int Combinations = 1 << 4;

    private static readonly JsonEncodedText[][] CodesByFlags = [.. Enumerable.Range(0, Combinations)
        .Select(flags => LabelViolationCodes.ToCodes((LabelViolations)flags).Select(code => JsonEncodedText.Encode(code)).ToArray())];

    private readonly Stream _output;
    private readonly ArrayBufferWriter<byte> _buffer = new(FlushThreshold * 2);
    private readonly Utf8JsonWriter _json;

    public LabelResultWriter(Stream output)
    {
        _output = output;
        _json = new Utf8JsonWriter(_buffer, Options);
    }

    public void Write(ReadOnlySpan<char> id, LabelViolations violations)
    {
        _json.WriteStartObject();
        _json.WriteString("id"u8, id);
        _json.WriteBoolean("compliant"u8, violations == LabelViolations.None);
        _json.WriteStartArray("violations"u8);
        foreach (var code in CodesByFlags[(int)violations & (Combinations - 1)])
        {
            _json.WriteStringValue(code);
        }

        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
        _buffer.Write("\n"u8);

        // Each line is its own JSON document; Reset lets the writer start the next one.
        _json.Reset();
        if (_buffer.WrittenCount >= FlushThreshold)
        {
            Flush();
        }
    }

    /// <summary>Hands everything written so far to the output stream.</summary>
    public void Flush()
    {
        _output.Write(_buffer.WrittenSpan);
        _output.Flush();
        _buffer.ResetWrittenCount();
    }

    public void Dispose() => _json.Dispose();
}
