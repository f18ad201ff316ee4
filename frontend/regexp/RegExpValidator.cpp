// Validation of regular-expression literals: the flags, then the pattern grammar of ECMAScript 2024
// §22.2.1 with its early errors, in the three dialects the flags select:
//   - no u, no v: the web-compatible grammar of Annex B.1.2, where most mistakes are literal
//     characters instead (/]/, /{/, /a{/, /\c1/, /\8/, legacy octal /\101/, identity escapes,
//     quantified lookaheads), and \k is a reference only if the pattern has a named group;
//   - u: the strict grammar over code points (\u{...}, \p{...}, \uLead\uTrail as one character);
//   - v: u plus the class set notation (RegExpClasses.cpp).
//
// The reference is node: kiln accepts exactly the literals `new RegExp(pattern, flags)` accepts in
// the node the project is compared against (test/unit/gen-regexp-cases.js records its verdicts).
// Where V8 departs from the specification text we follow V8, each place says so: the limit on
// capture groups, and quantifier bounds above 2^31-1 being clamped before they are compared.
//
// Design:
//   - One left-to-right pass with no tree. Validity needs only a few facts that outlive the place
//     they are found (the number of capture groups, the group names, the references to them), and
//     those are checked at the end, since a reference may precede its group (/\k<a>(?<a>.)/).
//   - Groups are tracked on an explicit stack instead of by recursion, and so are v-mode nested
//     classes, so a pathological literal cannot exhaust the native stack of the compiler.
//   - Annex B's \k depends on the whole pattern (the specification reparses with [+N] when the
//     first parse found a group name). A byte prescan for "(?<" outside classes and escapes decides
//     it up front instead; it can differ from the reparse only on patterns that are invalid anyway.
//   - Only the first error is reported, as the byte offset where it was found and a message. No
//     exceptions; a valid pattern costs no allocation unless it has named groups or nests groups
//     or v-mode classes more than a few levels deep.
#include "frontend/regexp/RegExpValidator.h"

#include "frontend/regexp/PatternValidator.h"
#include "frontend/regexp/UnicodeProperties.h"
#include "frontend/support/Unicode.h"

#include <algorithm>

namespace kiln::regexp {
namespace {

/// V8 refuses patterns with more capture groups than this ("too many captures").
constexpr uint32_t MaxCaptureGroups = 32767;
/// Quantifier bounds and backreference numbers saturate here, as in V8: {2147483648,2147483647}
/// is then an accepted {max,max}.
constexpr uint32_t MaxRepetition = 0x7FFFFFFF;

bool isDecimalDigit(uint32_t c) { return c >= '0' && c <= '9'; }
bool isOctalDigit(uint32_t c) { return c >= '0' && c <= '7'; }
bool isASCIILetter(uint32_t c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool isHexDigit(uint32_t c) { return isDecimalDigit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }
uint32_t hexValue(uint32_t c) { return isDecimalDigit(c) ? c - '0' : (c | 0x20) - 'a' + 10; }
bool isLeadSurrogate(uint32_t c) { return c >= 0xD800 && c <= 0xDBFF; }
bool isTrailSurrogate(uint32_t c) { return c >= 0xDC00 && c <= 0xDFFF; }

bool isSyntaxCharacter(uint32_t c) {
  switch (c) {
  case '^': case '$': case '\\': case '.': case '*': case '+': case '?':
  case '(': case ')': case '[': case ']': case '{': case '}': case '|':
    return true;
  default:
    return false;
  }
}

/// RegExpIdentifierStart / RegExpIdentifierPart, after escapes are decoded.
bool isGroupNameStart(uint32_t c) { return c == '$' || c == '_' || unicode::isIDStart(c); }
bool isGroupNamePart(uint32_t c) {
  return c == '$' || c == 0x200C || c == 0x200D || unicode::isIDContinue(c);
}

void appendUTF8(std::string &out, uint32_t c) {
  if (c < 0x80) {
    out += char(c);
  } else if (c < 0x800) {
    out += char(0xC0 | (c >> 6));
    out += char(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += char(0xE0 | (c >> 12));
    out += char(0x80 | ((c >> 6) & 0x3F));
    out += char(0x80 | (c & 0x3F));
  } else {
    out += char(0xF0 | (c >> 18));
    out += char(0x80 | ((c >> 12) & 0x3F));
    out += char(0x80 | ((c >> 6) & 0x3F));
    out += char(0x80 | (c & 0x3F));
  }
}

/// Annex B [N]: does a non-unicode pattern contain a group name, i.e. "(?<" not followed by '='
/// or '!' outside a class and not escaped? (With u or v, [N] is always on.)
bool hasGroupName(std::string_view pattern) {
  if (pattern.find("(?<") == std::string_view::npos)
    return false;
  bool inClass = false;
  for (size_t i = 0; i < pattern.size(); ++i) {
    char c = pattern[i];
    if (c == '\\') {
      ++i; // the escaped byte is never syntax (continuation bytes of UTF-8 are not ASCII)
    } else if (inClass) {
      inClass = c != ']';
    } else if (c == '[') {
      inClass = true;
    } else if (c == '(' && pattern.substr(i, 3) == "(?<" && i + 3 < pattern.size() &&
               pattern[i + 3] != '=' && pattern[i + 3] != '!') {
      return true;
    }
  }
  return false;
}

bool validateFlags(std::string_view flags, RegExpError &error, bool &unicode, bool &unicodeSets) {
  constexpr std::string_view Known = "dgimsuyv";
  constexpr unsigned UnicodeBit = 1u << Known.find('u'), UnicodeSetsBit = 1u << Known.find('v');
  auto reject = [&](size_t offset, std::string message) {
    error.offset = uint32_t(offset);
    error.inFlags = true;
    error.message = "invalid regular expression flags: " + std::move(message);
    return false;
  };
  unsigned seen = 0;
  for (size_t i = 0; i < flags.size(); ++i) {
    size_t index = Known.find(flags[i]);
    if (index == std::string_view::npos) {
      bool printable = flags[i] > ' ' && flags[i] < 0x7F;
      return reject(i, (printable ? "unknown flag '" + std::string(1, flags[i]) + "'"
                                  : std::string("unknown flag")) +
                           "; the flags are d, g, i, m, s, u, v and y");
    }
    if (seen & (1u << index))
      return reject(i, "duplicate flag '" + std::string(1, flags[i]) + "'");
    seen |= 1u << index;
    if ((seen & UnicodeBit) && (seen & UnicodeSetsBit))
      return reject(i, "'u' and 'v' cannot be combined; 'v' alone includes the unicode mode of "
                       "'u'");
  }
  unicode = seen & UnicodeBit;
  unicodeSets = seen & UnicodeSetsBit;
  return true;
}

} // namespace

PatternValidator::PatternValidator(std::string_view pattern, bool unicodeMode,
                                   bool unicodeSetsMode, RegExpError &error)
    : reader(pattern, unicodeMode), pattern(pattern), unicodeMode(unicodeMode),
      unicodeSetsMode(unicodeSetsMode), namedGroups(unicodeMode || hasGroupName(pattern)),
      error(error) {}

bool PatternValidator::fail(uint32_t offset, std::string_view message) {
  error.offset = offset;
  error.inFlags = false;
  error.message = "invalid regular expression: ";
  error.message += message;
  return false;
}

bool PatternValidator::validate() { return parseDisjunction() && checkReferences(); }

// Pattern, Disjunction, Alternative and Term in one loop. Groups push onto `openGroups` and pop
// at ')', where the group's own quantifier (if it may have one) is read.
bool PatternValidator::parseDisjunction() {
  struct OpenGroup {
    uint32_t offset;
    bool quantifiable;
  };
  SmallStack<OpenGroup, 16> openGroups;
  for (;;) {
    uint32_t start = reader.offset();
    switch (reader.current()) {
    case PatternReader::EndOfPattern:
      if (!openGroups.empty())
        return fail(openGroups.top().offset, "unterminated group; add the missing ')'");
      return true;
    case '|':
      reader.advance();
      continue;
    case ')': {
      if (openGroups.empty())
        return fail(start, "unmatched ')'; escape it as \\) to match a parenthesis");
      bool quantifiable = openGroups.top().quantifiable;
      openGroups.pop();
      reader.advance();
      if (quantifiable && !parseQuantifierIfPresent())
        return false;
      continue;
    }
    case '(': {
      bool quantifiable;
      if (!parseGroupOpening(quantifiable))
        return false;
      openGroups.push({start, quantifiable});
      continue;
    }
    case '^':
    case '$':
      // Assertions take no quantifier; one that follows is reported as "nothing to repeat".
      reader.advance();
      continue;
    case '\\':
      if (reader.byteAt(1) == 'b' || reader.byteAt(1) == 'B') {
        reader.skipASCII(2);
        continue;
      }
      if (!parseAtomEscape())
        return false;
      break;
    case '[':
      if (!(unicodeSetsMode ? parseClassSet() : parseClassRanges()))
        return false;
      break;
    case '*':
    case '+':
    case '?':
      return fail(start, "nothing to repeat; escape the quantifier to match it literally");
    case '{': {
      // Annex B: '{' is a literal unless it starts a complete braced quantifier
      // (ExtendedAtom :: InvalidBracedQuantifier is an early error).
      uint32_t min, max;
      if (tryParseBracedQuantifier(min, max))
        return fail(start, "nothing to repeat; escape the quantifier to match it literally");
      if (unicodeMode)
        return fail(start, "lone quantifier bracket '{'; escape it as \\{");
      reader.advance();
      break;
    }
    case '}':
    case ']':
      if (unicodeMode)
        return fail(start, reader.current() == '}'
                               ? "lone quantifier bracket '}'; escape it as \\}"
                               : "unmatched ']'; escape it as \\]");
      reader.advance();
      break;
    default:
      reader.advance();
      break;
    }
    if (!parseQuantifierIfPresent())
      return false;
  }
}

// At '(': a capture group, (?:, a lookahead, a lookbehind, or a named group.
bool PatternValidator::parseGroupOpening(bool &quantifiable) {
  uint32_t start = reader.offset();
  quantifiable = true;
  if (reader.byteAt(1) != '?') {
    reader.advance();
  } else {
    switch (reader.byteAt(2)) {
    case ':':
      reader.skipASCII(3);
      return true;
    case '=':
    case '!':
      // Annex B: QuantifiableAssertion. In unicode mode a lookahead is a plain assertion.
      quantifiable = !unicodeMode;
      reader.skipASCII(3);
      return true;
    case '<': {
      if (reader.byteAt(3) == '=' || reader.byteAt(3) == '!') {
        quantifiable = false;
        reader.skipASCII(4);
        return true;
      }
      reader.skipASCII(3);
      std::string name;
      if (!parseGroupName(start + 3, name))
        return false;
      // ES2025 allows a name again in another alternative; the node kiln follows does not.
      if (std::find(groupNames.begin(), groupNames.end(), name) != groupNames.end())
        return fail(start + 3, "duplicate capture group name '" + name + "'");
      groupNames.push_back(std::move(name));
      break;
    }
    default:
      return fail(start, "invalid group; after '(?' only ':', '=', '!', '<=', '<!' or '<name>' "
                         "may follow");
    }
  }
  if (++captureCount > MaxCaptureGroups)
    return fail(start, "too many capture groups; use (?:...) for groups that need no capture");
  return true;
}

// Reads '<'-less RegExpIdentifierName '>' (the reader is just past '<'). Names are read by code
// point in every mode, and \u escapes follow the unicode-mode rules even without u (ES2020), so
// (?<\u{61}>) and a raw astral letter are names in all three dialects.
bool PatternValidator::parseGroupName(uint32_t nameOffset, std::string &name) {
  bool first = true;
  for (;;) {
    uint32_t codePoint = reader.currentCodePoint();
    if (codePoint == '>' && !first) {
      reader.advance();
      return true;
    }
    if (codePoint == '\\') {
      reader.advance();
      if (reader.current() != 'u' || !readUnicodeEscape(/*unicodeRules=*/true, codePoint))
        return fail(nameOffset, "invalid capture group name; \\u escapes are the only escapes "
                                "allowed in a name");
    } else {
      reader.advanceCodePoint();
    }
    if (codePoint == PatternReader::EndOfPattern ||
        !(first ? isGroupNameStart(codePoint) : isGroupNamePart(codePoint)))
      return fail(nameOffset, "invalid capture group name; a name is an identifier followed by '>'");
    appendUTF8(name, codePoint);
    first = false;
  }
}

// After an atom: *, +, ?, {n}, {n,}, {n,m}, each optionally followed by '?' (lazy).
bool PatternValidator::parseQuantifierIfPresent() {
  uint32_t start = reader.offset();
  switch (reader.current()) {
  case '*':
  case '+':
  case '?':
    reader.advance();
    break;
  case '{': {
    uint32_t min, max;
    if (!tryParseBracedQuantifier(min, max)) {
      if (unicodeMode)
        return fail(start, "incomplete quantifier; write {n}, {n,} or {n,m}, or escape the '{'");
      return true; // Annex B: the '{' is a literal character, read as the next atom
    }
    if (min > max)
      return fail(start, "numbers out of order in {} quantifier");
    break;
  }
  default:
    return true;
  }
  if (reader.current() == '?')
    reader.advance();
  return true;
}

// At '{': reads {n}, {n,} or {n,m} and returns true, or leaves the reader alone and returns false.
bool PatternValidator::tryParseBracedQuantifier(uint32_t &min, uint32_t &max) {
  PatternReader::Position saved = reader.position();
  auto readNumber = [&](uint32_t &value) {
    if (!isDecimalDigit(reader.current()))
      return false;
    value = 0;
    for (; isDecimalDigit(reader.current()); reader.advance())
      value = std::min<uint64_t>(uint64_t(value) * 10 + (reader.current() - '0'), MaxRepetition);
    return true;
  };
  reader.advance();
  if (readNumber(min)) {
    max = min;
    if (reader.current() == ',') {
      reader.advance();
      max = MaxRepetition;
      if (isDecimalDigit(reader.current()))
        readNumber(max);
    }
    if (reader.current() == '}') {
      reader.advance();
      return true;
    }
  }
  reader.reset(saved);
  return false;
}

// At '\' outside a class, not \b or \B (assertions, handled by the caller).
bool PatternValidator::parseAtomEscape() {
  uint32_t start = reader.offset();
  reader.advance();
  uint32_t c = reader.current();
  if (c >= '1' && c <= '9') {
    if (!unicodeMode) {
      // Annex B: a backreference if the pattern has that many groups, else a legacy octal
      // escape or (\8, \9) an identity escape; all valid, and the digits after the first are
      // valid as literal characters too, so one character is all that needs consuming.
      reader.advance();
      return true;
    }
    uint32_t number = 0;
    for (; isDecimalDigit(reader.current()); reader.advance())
      number = std::min<uint64_t>(uint64_t(number) * 10 + (reader.current() - '0'), MaxRepetition);
    if (number > largestBackreference) {
      largestBackreference = number;
      largestBackreferenceOffset = start;
    }
    return true;
  }
  if (isClassEscapeLetter(c)) {
    reader.advance();
    return true;
  }
  if ((c == 'p' || c == 'P') && unicodeMode) {
    reader.advance();
    bool matchesStrings;
    return parseUnicodePropertyEscape(c == 'P', start, matchesStrings);
  }
  if (c == 'k' && namedGroups) {
    reader.advance();
    if (reader.current() != '<')
      return fail(start, "invalid named reference; write \\k<name>");
    reader.advance();
    NamedReference reference{std::string(), start};
    if (!parseGroupName(start + 3, reference.name))
      return false;
    namedReferences.push_back(std::move(reference));
    return true;
  }
  uint32_t value;
  return parseCharacterEscape(EscapeContext::Atom, start, value);
}

// CharacterEscape (and, without u, the Annex B escapes that share its place), with the reader
// just past the '\' at `escapeOffset`. Sets `value` to the character the escape stands for; class
// ranges need it.
bool PatternValidator::parseCharacterEscape(EscapeContext context, uint32_t escapeOffset,
                                            uint32_t &value) {
  uint32_t c = reader.current();
  switch (c) {
  case PatternReader::EndOfPattern:
    return fail(escapeOffset, "\\ at end of pattern");
  case 'f': value = '\f'; reader.advance(); return true;
  case 'n': value = '\n'; reader.advance(); return true;
  case 'r': value = '\r'; reader.advance(); return true;
  case 't': value = '\t'; reader.advance(); return true;
  case 'v': value = '\v'; reader.advance(); return true;
  case 'c': {
    uint8_t letter = reader.byteAt(1);
    // Annex B ClassControlLetter also takes digits and '_' inside a class: [\c1] is U+0011.
    bool annexBClassControl = context == EscapeContext::Class && !unicodeMode &&
                              (isDecimalDigit(letter) || letter == '_');
    if (isASCIILetter(letter) || annexBClassControl) {
      value = letter % 32;
      reader.skipASCII(2);
      return true;
    }
    if (unicodeMode)
      return fail(escapeOffset, "invalid control escape; \\c must be followed by a letter A-Z");
    // Annex B: the backslash is a literal and the 'c' is read as the next character.
    value = '\\';
    return true;
  }
  case '0':
    if (unicodeMode) {
      if (isDecimalDigit(reader.byteAt(1)))
        return fail(escapeOffset, "invalid decimal escape; octal escapes are not allowed with the "
                                  "u or v flag, use \\x or \\u");
      value = 0;
      reader.advance();
      return true;
    }
    [[fallthrough]];
  case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
    if (unicodeMode)
      return fail(escapeOffset, context == EscapeContext::Atom
                                    ? "invalid escape"
                                    : "invalid class escape; backreferences cannot appear in a "
                                      "class");
    // Annex B LegacyOctalEscapeSequence: up to three octal digits, at most \377.
    uint32_t first = c - '0';
    value = first;
    reader.advance();
    if (isOctalDigit(reader.current())) {
      value = value * 8 + (reader.current() - '0');
      reader.advance();
      if (first <= 3 && isOctalDigit(reader.current())) {
        value = value * 8 + (reader.current() - '0');
        reader.advance();
      }
    }
    return true;
  }
  case 'x':
    reader.advance();
    if (readHexDigits(2, value))
      return true;
    if (unicodeMode)
      return fail(escapeOffset, "invalid escape; \\x must be followed by two hex digits");
    value = 'x';
    return true;
  case 'u':
    if (readUnicodeEscape(unicodeMode, value))
      return true;
    if (unicodeMode)
      return fail(escapeOffset, "invalid unicode escape; write \\uXXXX or \\u{X...} with at "
                                "most 10FFFF");
    value = 'u';
    reader.advance();
    return true;
  default:
    break;
  }
  // IdentityEscape.
  if (unicodeMode) {
    bool allowed = isSyntaxCharacter(c) || c == '/' ||
                   (context == EscapeContext::Class && c == '-');
    if (!allowed)
      return fail(escapeOffset, context == EscapeContext::Atom
                                    ? "invalid escape; with the u or v flag only syntax characters "
                                      "and '/' can be escaped"
                                    : "invalid class escape; with the u or v flag only syntax "
                                      "characters, '/' and '-' can be escaped in a class");
  } else if (c == 'k' && namedGroups) {
    // [+N] excludes 'k' from identity escapes; outside classes \k was handled by the caller.
    return fail(escapeOffset, "invalid escape; \\k is a named reference in a pattern with named "
                              "groups and cannot appear in a class");
  }
  value = c;
  reader.advance();
  return true;
}

// Reads exactly `count` hex digits, or leaves the reader alone and returns false.
bool PatternValidator::readHexDigits(uint32_t count, uint32_t &value) {
  PatternReader::Position saved = reader.position();
  value = 0;
  for (uint32_t i = 0; i < count; ++i, reader.advance()) {
    if (!isHexDigit(reader.current())) {
      reader.reset(saved);
      return false;
    }
    value = value * 16 + hexValue(reader.current());
  }
  return true;
}

// At 'u' of a \u escape. With `unicodeRules` (u or v mode, and group names in every mode) this is
// RegExpUnicodeEscapeSequence[+UnicodeMode]: \u{...} is allowed and \uLead\uTrail is one code point;
// otherwise only \uXXXX. On failure the reader is left at the 'u'.
bool PatternValidator::readUnicodeEscape(bool unicodeRules, uint32_t &value) {
  PatternReader::Position saved = reader.position();
  reader.advance();
  if (unicodeRules && reader.current() == '{') {
    reader.advance();
    value = 0;
    bool anyDigit = false;
    for (; isHexDigit(reader.current()); reader.advance()) {
      anyDigit = true;
      value = std::min<uint32_t>(value * 16 + hexValue(reader.current()), 0x110000);
    }
    if (anyDigit && value <= 0x10FFFF && reader.current() == '}') {
      reader.advance();
      return true;
    }
    reader.reset(saved);
    return false;
  }
  if (!readHexDigits(4, value)) {
    reader.reset(saved);
    return false;
  }
  if (unicodeRules && isLeadSurrogate(value) && reader.lookingAt("\\u")) {
    PatternReader::Position afterLead = reader.position();
    reader.skipASCII(2);
    uint32_t trail;
    if (readHexDigits(4, trail) && isTrailSurrogate(trail)) {
      value = 0x10000 + ((value - 0xD800) << 10) + (trail - 0xDC00);
      return true;
    }
    reader.reset(afterLead); // a lone lead surrogate; the next escape stands on its own
  }
  return true;
}

// After \p or \P in unicode mode: {Name=Value} or {LoneNameOrValue}. `matchesStrings` is set for
// v-mode properties of strings, which only \p (not \P) may name.
bool PatternValidator::parseUnicodePropertyEscape(bool negated, uint32_t escapeOffset,
                                                  bool &matchesStrings) {
  matchesStrings = false;
  auto invalid = [&] {
    return fail(escapeOffset, "invalid property name; write \\p{Name}, \\p{Name=Value} with a "
                              "Unicode property node supports");
  };
  if (reader.current() != '{')
    return invalid();
  reader.advance();
  auto readWord = [&] {
    uint32_t begin = reader.offset();
    for (uint32_t c = reader.current(); isASCIILetter(c) || isDecimalDigit(c) || c == '_';
         c = reader.current())
      reader.advance();
    return pattern.substr(begin, reader.offset() - begin);
  };
  std::string_view name = readWord();
  if (reader.current() == '=') {
    reader.advance();
    std::string_view value = readWord();
    if (reader.current() != '}' || !isValidPropertyNameAndValue(name, value))
      return invalid();
    reader.advance();
    return true;
  }
  if (reader.current() != '}')
    return invalid();
  reader.advance();
  switch (classifyLoneProperty(name)) {
  case PropertyMatch::CodePoints:
    return true;
  case PropertyMatch::Strings:
    if (!unicodeSetsMode)
      return fail(escapeOffset, "invalid property name; properties of strings such as '" +
                                    std::string(name) + "' need the v flag");
    if (negated)
      return fail(escapeOffset, "invalid property name; a property of strings cannot be negated "
                                "with \\P");
    matchesStrings = true;
    return true;
  case PropertyMatch::Invalid:
    break;
  }
  return invalid();
}

bool PatternValidator::checkReferences() {
  if (largestBackreference > captureCount)
    return fail(largestBackreferenceOffset,
                "invalid escape; the backreference \\" + std::to_string(largestBackreference) +
                    " names a group the pattern does not have");
  for (const NamedReference &reference : namedReferences)
    if (std::find(groupNames.begin(), groupNames.end(), reference.name) == groupNames.end())
      return fail(reference.offset,
                  "invalid named reference; the pattern has no group named '" + reference.name + "'");
  return true;
}

bool validateRegExp(std::string_view pattern, std::string_view flags, RegExpError &error) {
  bool unicode = false, unicodeSets = false;
  if (!validateFlags(flags, error, unicode, unicodeSets))
    return false;
  // V8 reads a pattern as UTF-16 and byte offsets are uint32_t; patterns near 4 GiB are not
  // literals anyone writes, so they are refused rather than handled.
  if (pattern.size() >= 0xFFFFFFF0) {
    error = {0, false, "invalid regular expression: pattern too long"};
    return false;
  }
  PatternValidator validator(pattern, unicode || unicodeSets, unicodeSets, error);
  return validator.validate();
}

} // namespace kiln::regexp
