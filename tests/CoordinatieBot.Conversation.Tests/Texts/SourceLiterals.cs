using System.Text;

namespace CoordinatieBot.Conversation.Tests.Texts;

/// <summary>One string literal in a C# file, with what surrounds it.</summary>
/// <param name="Text">The literal's text; each interpolation hole is replaced by a space (its own literals are found separately).</param>
/// <param name="Calls">The calls (and attributes) the literal is an argument of, innermost first, up to the enclosing block.</param>
/// <param name="Member">The type member the literal is in ("" at type level).</param>
/// <param name="Type">The innermost type declaration the literal is in.</param>
public sealed record SourceLiteral(string Text, int Line, IReadOnlyList<string> Calls, string Member, string Type);

/// <summary>
/// A small C# lexer that finds every string literal in a source file: regular, verbatim, interpolated (holes may hold
/// further literals, which are found too), raw (any number of quotes and dollars), and UTF-8 (u8). Comments, char
/// literals and preprocessor lines are skipped. For each literal it notes the calls it is an argument of and the member
/// it is in, which is what tells a log template or an exception message from text a person reads.
/// </summary>
public static class SourceLiterals
{
    private static readonly HashSet<string> TypeKeywords = ["class", "struct", "record", "interface", "enum"];
    private static readonly HashSet<string> BlockOpeners = ["else", "try", "finally", "do", "get", "set", "init", "add", "remove", "unchecked", "checked", "unsafe"];

    public static IReadOnlyList<SourceLiteral> Find(string source)
    {
        var lexer = new Lexer(source);
        lexer.Run();
        return lexer.Literals;
    }

    private enum FrameKind { Paren, Bracket, Brace }

    private sealed class Frame(FrameKind kind, string name)
    {
        public FrameKind Kind { get; } = kind;
        /// <summary>For a parenthesis: the name before it (a call, attribute, constructor). For a brace: what it opens.</summary>
        public string Name { get; } = name;
        public bool IsTypeBody { get; init; }
        public bool IsBlock { get; init; }
        public string? TypeName { get; init; }
        /// <summary>The member a block directly inside a type body belongs to.</summary>
        public string? Member { get; init; }
    }

    private sealed class Lexer(string s)
    {
        private int _i;
        private int _line = 1;
        private readonly List<Frame> _stack = [];
        private readonly List<string> _tokens = []; // recent significant tokens: identifiers and punctuation
        private string? _pendingType;               // a type keyword and its name seen, body not yet opened
        private bool _expectTypeName;
        private string _memberAtTypeLevel = "";     // an expression-bodied member (=> ... ;) directly in a type
        private string _lastClosedParenName = "";
        public List<SourceLiteral> Literals { get; } = [];

        private char At(int k) => k < s.Length ? s[k] : '\0';

        public void Run()
        {
            var lineStart = true;
            while (_i < s.Length)
            {
                var c = s[_i];
                if (c == '\n') { _line++; _i++; lineStart = true; continue; }
                if (char.IsWhiteSpace(c)) { _i++; continue; }
                if (lineStart && c == '#') { SkipToEndOfLine(); continue; }
                lineStart = false;
                if (c == '/' && At(_i + 1) == '/') { SkipToEndOfLine(); continue; }
                if (c == '/' && At(_i + 1) == '*') { SkipBlockComment(); continue; }
                if (c == '\'') { SkipCharLiteral(); continue; }
                if (TryString()) continue;
                if (char.IsLetter(c) || c == '_' || c == '@' && (char.IsLetter(At(_i + 1)) || At(_i + 1) == '_'))
                {
                    var start = _i;
                    if (c == '@') _i++;
                    while (_i < s.Length && (char.IsLetterOrDigit(s[_i]) || s[_i] == '_')) _i++;
                    Identifier(s[start.._i].TrimStart('@'));
                    continue;
                }
                if (char.IsDigit(c))
                {
                    while (_i < s.Length && (char.IsLetterOrDigit(s[_i]) || s[_i] is '_' or '.' && char.IsDigit(At(_i + 1)))) _i++;
                    Push("0");
                    continue;
                }
                if (c == '=' && At(_i + 1) == '>') { _i += 2; Arrow(); continue; }
                _i++;
                Punctuation(c);
            }
        }

        private void Identifier(string word)
        {
            if (_expectTypeName && !TypeKeywords.Contains(word)) { _pendingType = word; _expectTypeName = false; }
            else if (TypeKeywords.Contains(word) && Previous() is not (":" or "," or "where" or "<" or "(")) _expectTypeName = true;
            Push(word);
        }

        private void Arrow()
        {
            // "Member(...) =>" or "Property =>" directly in a type body: the member runs until the next ';' at this level.
            if (InnermostIsTypeBody() && _memberAtTypeLevel.Length == 0)
                _memberAtTypeLevel = Previous() == ")" ? _lastClosedParenName : Previous();
            Push("=>");
        }

        private void Punctuation(char c)
        {
            switch (c)
            {
                case '(':
                    _stack.Add(new Frame(FrameKind.Paren, NameBeforeParen()));
                    break;
                case '[':
                    _stack.Add(new Frame(FrameKind.Bracket, ""));
                    break;
                case '{':
                {
                    var previous = Previous();
                    if (_pendingType is { } typeName)
                    {
                        _stack.Add(new Frame(FrameKind.Brace, "type") { IsTypeBody = true, TypeName = typeName });
                        _pendingType = null;
                        break;
                    }
                    var isBlock = previous is ")" or "=>" or ";" or "{" or "}" or "" || BlockOpeners.Contains(previous);
                    string? member = null;
                    // A block directly in a type body is a member's (method, property, constructor), unless an
                    // expression-bodied member is running ("=> x switch {").
                    if (InnermostIsTypeBody() && _memberAtTypeLevel.Length == 0) member = previous == ")" ? _lastClosedParenName : previous;
                    _stack.Add(new Frame(FrameKind.Brace, previous) { IsBlock = isBlock || member is not null, Member = member });
                    break;
                }
                case ')' or ']' or '}':
                    if (_stack.Count > 0)
                    {
                        var top = _stack[^1];
                        _stack.RemoveAt(_stack.Count - 1);
                        if (c == ')') _lastClosedParenName = top.Name;
                        if (top.Member is not null) _memberAtTypeLevel = "";
                    }
                    break;
                case ';':
                    if (InnermostIsTypeBody()) _memberAtTypeLevel = "";
                    if (_pendingType is not null && (_stack.Count == 0 || _stack[^1].Kind == FrameKind.Brace)) _pendingType = null; // record R(...);
                    break;
            }
            Push(c.ToString());
        }

        /// <summary>"Foo(", "Foo&lt;T&gt;(", "new Foo(", "[Foo(", "X.Foo(": the name ("X.Foo"); "(" after anything else: "".</summary>
        private string NameBeforeParen()
        {
            var k = _tokens.Count - 1;
            if (k >= 0 && _tokens[k] == ">")
            {
                var depth = 0;
                for (; k >= 0; k--)
                {
                    if (_tokens[k] == ">") depth++;
                    else if (_tokens[k] == "<" && --depth == 0) { k--; break; }
                }
            }
            if (k < 0 || !IsIdentifier(_tokens[k])) return "";
            // "Results.Problem(": the qualifier too, so a rule can name the call it means.
            return k >= 2 && _tokens[k - 1] == "." && IsIdentifier(_tokens[k - 2]) ? _tokens[k - 2] + "." + _tokens[k] : _tokens[k];
        }

        private static bool IsIdentifier(string token) => token.Length > 0 && (char.IsLetter(token[0]) || token[0] == '_');

        private bool InnermostIsTypeBody() => _stack.Count > 0 && _stack[^1].IsTypeBody;

        private string Previous() => _tokens.Count > 0 ? _tokens[^1] : "";

        private void Push(string token)
        {
            _tokens.Add(token);
            if (_tokens.Count > 64) _tokens.RemoveRange(0, 32);
        }

        private void SkipToEndOfLine()
        {
            while (_i < s.Length && s[_i] != '\n') _i++;
        }

        private void SkipBlockComment()
        {
            _i += 2;
            while (_i < s.Length && !(s[_i] == '*' && At(_i + 1) == '/'))
            {
                if (s[_i] == '\n') _line++;
                _i++;
            }
            _i += 2;
        }

        private void SkipCharLiteral()
        {
            _i++;
            while (_i < s.Length && s[_i] != '\'')
            {
                if (s[_i] == '\\') _i++;
                _i++;
            }
            _i++;
            Push("'c'");
        }

        /// <summary>A string literal of any kind starting here: read it, note it (and the literals in its holes).</summary>
        private bool TryString()
        {
            var k = _i;
            var dollars = 0;
            var verbatim = false;
            while (At(k) == '$' || At(k) == '@')
            {
                if (At(k) == '$') dollars++; else verbatim = true;
                k++;
            }
            if (At(k) != '"' || dollars > 0 && verbatim && dollars > 1) return false;
            var quotes = 0;
            while (At(k + quotes) == '"') quotes++;
            var line = _line;
            string text;
            if (quotes >= 3 && !verbatim) text = ReadRaw(k, quotes, dollars);
            else if (quotes == 2 && !verbatim && !(At(k + 2) == '"')) { _i = k + 2; text = ""; }
            else text = ReadQuoted(k, verbatim, dollars > 0);
            if (At(_i) == 'u' && At(_i + 1) == '8') _i += 2;
            Note(text, line);
            Push("\"s\"");
            return true;
        }

        private void Note(string text, int line)
        {
            var calls = new List<string>();
            string member = _memberAtTypeLevel, type = "";
            for (var f = _stack.Count - 1; f >= 0; f--)
            {
                var frame = _stack[f];
                if (frame.TypeName is { } t) { type = t; break; }
                if (frame.Member is { } m && member.Length == 0) member = m;
            }
            for (var f = _stack.Count - 1; f >= 0 && !_stack[f].IsBlock && !_stack[f].IsTypeBody; f--)
                if (_stack[f].Kind == FrameKind.Paren && _stack[f].Name.Length > 0) calls.Add(_stack[f].Name);
            Literals.Add(new SourceLiteral(text, line, calls, member, type));
        }

        /// <summary>"…", @"…", $"…", $@"…": from the opening quote at <paramref name="k"/>.</summary>
        private string ReadQuoted(int k, bool verbatim, bool interpolated)
        {
            var sb = new StringBuilder();
            _i = k + 1;
            while (_i < s.Length)
            {
                var c = s[_i];
                if (c == '"')
                {
                    if (verbatim && At(_i + 1) == '"') { sb.Append('"'); _i += 2; continue; }
                    _i++;
                    break;
                }
                if (c == '\n') _line++;
                if (!verbatim && c == '\\')
                {
                    var e = At(_i + 1);
                    sb.Append(e switch { 'n' => '\n', 't' => '\t', 'r' => '\r', '0' => '\0', _ => e });
                    _i += 2;
                    if (e is 'u' or 'x' or 'U') while (Uri.IsHexDigit(At(_i))) _i++;
                    continue;
                }
                if (interpolated && c == '{')
                {
                    if (At(_i + 1) == '{') { sb.Append('{'); _i += 2; continue; }
                    _i++;
                    ReadHole(1);
                    sb.Append(' ');
                    continue;
                }
                if (interpolated && c == '}' && At(_i + 1) == '}') { sb.Append('}'); _i += 2; continue; }
                sb.Append(c);
                _i++;
            }
            return sb.ToString();
        }

        /// <summary>"""…""" with any number of quotes, optionally $"""…""" with any number of dollars.</summary>
        private string ReadRaw(int k, int quotes, int dollars)
        {
            var sb = new StringBuilder();
            _i = k + quotes;
            var close = new string('"', quotes);
            while (_i < s.Length)
            {
                if (string.CompareOrdinal(s, _i, close, 0, quotes) == 0) { _i += quotes; while (At(_i) == '"') _i++; break; }
                var c = s[_i];
                if (c == '\n') _line++;
                if (dollars > 0 && c == '{')
                {
                    var run = 0;
                    while (At(_i + run) == '{') run++;
                    if (run >= dollars)
                    {
                        sb.Append('{', run - dollars);
                        _i += run;
                        ReadHole(dollars);
                        sb.Append(' ');
                        continue;
                    }
                    sb.Append('{', run);
                    _i += run;
                    continue;
                }
                sb.Append(c);
                _i++;
            }
            var raw = sb.ToString();
            if (!raw.Contains('\n')) return raw;
            // Multi-line: the content is between the opening and the closing line, less the closing line's indentation.
            var lines = raw.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
            var indent = lines[^1];
            return string.Join('\n', lines[1..^1].Select(l => l.StartsWith(indent, StringComparison.Ordinal) ? l[indent.Length..] : l.TrimStart()));
        }

        /// <summary>
        /// An interpolation hole: code up to the closing brace(s). Its calls are tracked like any code, so a literal in
        /// it knows the calls it is an argument of, inside the hole and around the outer literal.
        /// </summary>
        private void ReadHole(int closingBraces)
        {
            var depth = 0;
            while (_i < s.Length)
            {
                var c = s[_i];
                if (c == '\n') { _line++; _i++; continue; }
                if (char.IsWhiteSpace(c)) { _i++; continue; }
                if (c == '\'') { SkipCharLiteral(); continue; }
                if (TryString()) continue;
                if (char.IsLetter(c) || c == '_')
                {
                    var start = _i;
                    while (_i < s.Length && (char.IsLetterOrDigit(s[_i]) || s[_i] == '_')) _i++;
                    Push(s[start.._i]);
                    continue;
                }
                if (c == '(') { _stack.Add(new Frame(FrameKind.Paren, NameBeforeParen())); depth++; }
                else if (c is '[' or '{') { _stack.Add(new Frame(c == '[' ? FrameKind.Bracket : FrameKind.Brace, Previous())); depth++; }
                else if ((c is ')' or ']' || c == '}') && depth > 0) { _stack.RemoveAt(_stack.Count - 1); depth--; }
                else if (c == '}')
                {
                    _i += closingBraces;
                    return;
                }
                else if (c == ':' && depth == 0 && At(_i + 1) != ':' && s[_i - 1] != ':')
                {
                    // A format specifier ("{at:HH:mm}") runs to the closing brace; it is not code. (A conditional in a
                    // hole needs parentheses, so a ':' outside them is always the specifier's.)
                    while (_i < s.Length && s[_i] != '}') _i++;
                    continue;
                }
                Push(c.ToString());
                _i++;
            }
        }
    }
}
