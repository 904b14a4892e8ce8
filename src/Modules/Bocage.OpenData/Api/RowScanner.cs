using System.Buffers;
using System.Text;
using System.Text.Json;
using Bocage.OpenData.Domain.Validation;

namespace Bocage.OpenData.Api;

/// <summary>
/// Reads a stored row (a flat JSON object) once with <see cref="Utf8JsonReader"/> and keeps, for each
/// wanted field, its raw JSON token and its cell text (strings unescaped), as byte ranges in reused
/// buffers: exports write bytes without building a document or a string per value.
/// </summary>
internal sealed class RowScanner : IDisposable
{
    private readonly byte[][] _names;
    private readonly (byte[] True, byte[] False)[] _booleans;
    private readonly (int Start, int Length)[] _raw;
    private readonly (int Start, int Length)[] _cell;
    private byte[] _row = ArrayPool<byte>.Shared.Rent(4096);
    private byte[] _text = ArrayPool<byte>.Shared.Rent(4096);
    private int _textLength;

    public RowScanner(IReadOnlyList<SchemaField> fields)
    {
        _names = fields.Select(f => Encoding.UTF8.GetBytes(f.Name)).ToArray();
        _booleans = fields
            .Select(f => (Encoding.UTF8.GetBytes(f.BooleanText(true)), Encoding.UTF8.GetBytes(f.BooleanText(false))))
            .ToArray();
        _raw = new (int, int)[fields.Count];
        _cell = new (int, int)[fields.Count];
    }

    public int Count => _names.Length;

    /// <summary>The raw JSON token of field <paramref name="i"/> (<c>null</c> when the row lacks it).</summary>
    public ReadOnlySpan<byte> Raw(int i) => _raw[i].Length < 0 ? "null"u8 : _row.AsSpan(_raw[i].Start, _raw[i].Length);

    /// <summary>
    /// The value as a spreadsheet cell: strings unescaped, numbers as written, booleans in the schema's words
    /// (SCDL's « oui »/« non », else true/false), null and missing empty.
    /// </summary>
    public ReadOnlySpan<byte> Cell(int i) => _text.AsSpan(_cell[i].Start, _cell[i].Length);

    public void Read(string data)
    {
        var length = Encoding.UTF8.GetMaxByteCount(data.Length);
        if (_row.Length < length)
        {
            ArrayPool<byte>.Shared.Return(_row);
            _row = ArrayPool<byte>.Shared.Rent(length);
        }
        Read(_row.AsSpan(0, Encoding.UTF8.GetBytes(data, _row)));
    }

    private void Read(ReadOnlySpan<byte> json)
    {
        Array.Fill(_raw, (0, -1));
        Array.Fill(_cell, (0, 0));
        _textLength = 0;
        var reader = new Utf8JsonReader(json);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = Find(ref reader);
            reader.Read();
            var start = (int)reader.TokenStartIndex;
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                reader.Skip();
            }
            if (field < 0)
            {
                continue;
            }
            _raw[field] = (start, (int)reader.BytesConsumed - start);
            _cell[field] = reader.TokenType switch
            {
                JsonTokenType.String => CopyString(ref reader),
                JsonTokenType.Null => (0, 0),
                JsonTokenType.True => Copy(_booleans[field].True),
                JsonTokenType.False => Copy(_booleans[field].False),
                _ => Copy(json[start..(int)reader.BytesConsumed]),
            };
        }
    }

    private int Find(ref Utf8JsonReader reader)
    {
        for (var i = 0; i < _names.Length; i++)
        {
            if (reader.ValueTextEquals(_names[i]))
            {
                return i;
            }
        }
        return -1;
    }

    private (int, int) CopyString(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            return Copy(reader.ValueSpan);
        }
        var destination = Reserve(reader.ValueSpan.Length);
        var written = reader.CopyString(destination);
        return Commit(written);
    }

    private (int, int) Copy(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Reserve(bytes.Length));
        return Commit(bytes.Length);
    }

    private Span<byte> Reserve(int length)
    {
        if (_text.Length < _textLength + length)
        {
            var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(_text.Length * 2, _textLength + length));
            _text.AsSpan(0, _textLength).CopyTo(bigger);
            ArrayPool<byte>.Shared.Return(_text);
            _text = bigger;
        }
        return _text.AsSpan(_textLength, length);
    }

    private (int, int) Commit(int length)
    {
        var start = _textLength;
        _textLength += length;
        return (start, length);
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_row);
        ArrayPool<byte>.Shared.Return(_text);
    }
}
