using System.Buffers;
using System.Text.Json;
using ComplianceHub.Domain.Labels;

namespace ComplianceHub.Cli.Labels;

/// <summary>
/// Reads one JSON line <c>{id,name,phone,address,party?,...}</c> straight from its UTF-8 bytes with
/// <see cref="Utf8JsonReader"/>: the fields are unescaped into one reused char buffer and
/// every other field is skipped unread, so a line costs no allocation.
/// </summary>
/// <remarks>
/// name, phone and address may be missing or null (an empty field: nothing printed, nothing to hide).
/// party is "person" or "organization" (any letter case); missing or null means person.
/// Escaped control characters (\u0001, \t) are data and reach the checker as they are; raw ones
/// inside a string are not JSON (RFC 8259) and make the line unreadable. If a field repeats, the
/// last one counts, as in most JSON readers.
/// </remarks>
internal sealed class LabelLineParser : IDisposable
{
    private char[] _chars = ArrayPool<char>.Shared.Rent(4096);

    private enum Field
    {
        Other,
        Id,
        Name,
        Phone,
        Address,
        Party,
    }

    /// <exception cref="LabelInputException">The line is not a readable label.</exception>
    public ParsedLabel Parse(ReadOnlySpan<byte> line, int lineNumber)
    {
        // An unescaped string never has more UTF-16 chars than its UTF-8 bytes, so the fields of a
        // line together fit in as many chars as the line has bytes.
        EnsureCapacity(line.Length);
        var field = Field.Other;
        try
        {
            return Read(line, lineNumber, ref field);
        }
        catch (JsonException e)
        {
            var at = (e.BytePositionInLine ?? 0) + 1;
            throw new LabelInputException(lineNumber, $"JSON 无效，第 {at} 字节: invalid JSON at byte {at}");
        }
        catch (InvalidOperationException)
        {
            // Utf8JsonReader refuses to unescape invalid UTF-8 or an unpaired surrogate (\ud800).
            var name = field.ToString().ToLowerInvariant();
            throw new LabelInputException(lineNumber, $"{name} 含无效字符: {name} contains invalid UTF-8 or an unpaired surrogate");
        }
    }

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_chars);
        _chars = [];
    }

    private ParsedLabel Read(ReadOnlySpan<byte> line, int lineNumber, scoped ref Field field)
    {
        var reader = new Utf8JsonReader(line);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new LabelInputException(lineNumber, "不是 JSON 对象: not a JSON object");
        }

        Range? id = null;
        Range name = default, phone = default, address = default;
        var party = WaybillParty.Person;
        var used = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            field = FieldOf(ref reader);
            reader.Read();
            switch (field)
            {
                case Field.Id:
                    if (reader.TokenType != JsonTokenType.String)
                    {
                        throw new LabelInputException(lineNumber, "id 必须是字符串: id must be a string");
                    }

                    id = Copy(ref reader, ref used);
                    break;
                case Field.Name or Field.Phone or Field.Address:
                    var value = reader.TokenType switch
                    {
                        JsonTokenType.String => Copy(ref reader, ref used),
                        JsonTokenType.Null => default,
                        _ => throw new LabelInputException(lineNumber, MustBeText(field)),
                    };
                    if (field == Field.Name) { name = value; }
                    else if (field == Field.Phone) { phone = value; }
                    else { address = value; }
                    break;
                case Field.Party:
                    party = ReadParty(ref reader, lineNumber, ref used);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        // Reading past the object makes the reader reject anything but whitespace after it.
        while (reader.Read())
        {
        }

        if (id is not { } idRange)
        {
            throw new LabelInputException(lineNumber, "缺少 id: missing id");
        }

        var chars = _chars.AsSpan();
        if (chars[idRange].IsWhiteSpace())
        {
            // An id is how a verdict is matched back to its label; a blank one matches nothing.
            throw new LabelInputException(lineNumber, "id 为空: id is empty");
        }

        return new ParsedLabel(chars[idRange], chars[name], chars[phone], chars[address], party);
    }

    private WaybillParty ReadParty(ref Utf8JsonReader reader, int lineNumber, ref int used)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return WaybillParty.Person;
        }

        // The value is read into the buffer and given back: only its meaning is kept.
        var start = used;
        var range = reader.TokenType == JsonTokenType.String ? Copy(ref reader, ref used) : default;
        used = start;
        if (reader.TokenType != JsonTokenType.String || !WaybillParties.TryParse(_chars.AsSpan()[range], out var party))
        {
            throw new LabelInputException(lineNumber, "party 必须是 person 或 organization: party must be \"person\" or \"organization\"");
        }

        return party;
    }

    private static string MustBeText(Field field)
    {
        var name = field.ToString().ToLowerInvariant();
        return $"{name} 必须是字符串或 null: {name} must be a string or null";
    }

    private static Field FieldOf(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("id"u8) ? Field.Id
        : reader.ValueTextEquals("name"u8) ? Field.Name
        : reader.ValueTextEquals("phone"u8) ? Field.Phone
        : reader.ValueTextEquals("address"u8) ? Field.Address
        : reader.ValueTextEquals("party"u8) ? Field.Party
        : Field.Other;

    private Range Copy(ref Utf8JsonReader reader, ref int used)
    {
        var start = used;
        used += reader.CopyString(_chars.AsSpan(used));
        return start..used;
    }

    private void EnsureCapacity(int length)
    {
        if (_chars.Length < length)
        {
            ArrayPool<char>.Shared.Return(_chars);
            _chars = ArrayPool<char>.Shared.Rent(length);
        }
    }
}
