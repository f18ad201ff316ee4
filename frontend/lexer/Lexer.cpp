// The lexer. See Lexer.h for the division of labour with the parser. The hot path is ASCII:
// names, punctuators and whitespace are recognised byte by byte; only non-ASCII bytes go through
// UTF-8 decoding and the Unicode tables.
#include "frontend/lexer/Lexer.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <vector>

#include "frontend/regexp/RegExpValidator.h"
#include "frontend/support/SourceFile.h"
#include "frontend/support/Unicode.h"

namespace kiln {

namespace {

struct KeywordInfo {
  const char *spelling;
  KeywordClass klass;
};

const KeywordInfo kKeywordInfo[] = {
    {"", KeywordClass::None},
#define KEYWORD(Name, Spelling, Class) {Spelling, KeywordClass::Class},
#include "frontend/lexer/Keywords.def"
};

constexpr size_t kKeywordCount = sizeof(kKeywordInfo) / sizeof(kKeywordInfo[0]);

// Keywords are all lowercase ASCII of length 2..11: bucket them by length and first letter.
struct KeywordTable {
  // index [length][letter] -> first candidate in `order`, count
  uint8_t first[12][26];
  uint8_t count[12][26];
  uint8_t order[kKeywordCount];
  KeywordTable() {
    std::memset(first, 0, sizeof first);
    std::memset(count, 0, sizeof count);
    size_t n = 0;
    for (size_t len = 2; len < 12; ++len)
      for (int letter = 0; letter < 26; ++letter) {
        first[len][letter] = uint8_t(n);
        for (size_t k = 1; k < kKeywordCount; ++k) {
          const char *s = kKeywordInfo[k].spelling;
          if (std::strlen(s) == len && s[0] - 'a' == letter) {
            order[n++] = uint8_t(k);
            ++count[len][letter];
          }
        }
      }
  }
  Keyword lookup(std::string_view name) const {
    size_t len = name.size();
    if (len < 2 || len > 11 || name[0] < 'a' || name[0] > 'z')
      return Keyword::None;
    int letter = name[0] - 'a';
    for (int i = 0; i < count[len][letter]; ++i) {
      uint8_t k = order[first[len][letter] + i];
      if (std::memcmp(kKeywordInfo[k].spelling, name.data(), len) == 0)
        return Keyword(k);
    }
    return Keyword::None;
  }
};

const KeywordTable &keywordTable() {
  static const KeywordTable table;
  return table;
}

inline bool isAsciiIdStart(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '$' || c == '_';
}
inline bool isAsciiIdPart(unsigned char c) { return isAsciiIdStart(c) || (c >= '0' && c <= '9'); }
inline bool isDigit(unsigned char c) { return c >= '0' && c <= '9'; }
inline int hexValue(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}
inline bool isIdStartCodePoint(uint32_t cp) {
  return cp < 128 ? isAsciiIdStart(cp) : unicode::isIDStart(cp);
}
inline bool isIdPartCodePoint(uint32_t cp) {
  return cp < 128 ? isAsciiIdPart(cp)
                  : (cp == 0x200C || cp == 0x200D || unicode::isIDContinue(cp));
}

// The decimal digits of a BigInt written in radix 2, 8 or 16 (ESTree's `bigint` field is the
// value in decimal). Schoolbook conversion over base-10^9 limbs; literals are short.
std::string bigIntToDecimal(std::string_view digits, int radix) {
  std::vector<uint32_t> limbs{0}; // little-endian, base 10^9
  for (char c : digits) {
    uint64_t carry = uint64_t(hexValue(static_cast<unsigned char>(c)));
    for (uint32_t &limb : limbs) {
      uint64_t v = uint64_t(limb) * uint64_t(radix) + carry;
      limb = uint32_t(v % 1000000000u);
      carry = v / 1000000000u;
    }
    if (carry)
      limbs.push_back(uint32_t(carry));
  }
  std::string out = std::to_string(limbs.back());
  char buffer[16];
  for (size_t i = limbs.size() - 1; i-- > 0;) {
    std::snprintf(buffer, sizeof buffer, "%09u", limbs[i]);
    out += buffer;
  }
  return out;
}

std::string describeChar(uint32_t cp) {
  std::string s;
  if (cp >= 0x20 && cp < 0x7F) {
    s = "'";
    s += char(cp);
    s += "'";
  } else {
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", cp);
    s = buf;
  }
  return s;
}

} // namespace

const char *tokenSpelling(TokenKind kind) {
  static const char *const spellings[] = {
#define TOKEN(Name, Spelling) Spelling,
#include "frontend/lexer/TokenKinds.def"
  };
  return spellings[size_t(kind)];
}

const char *keywordSpelling(Keyword keyword) { return kKeywordInfo[size_t(keyword)].spelling; }
KeywordClass keywordClass(Keyword keyword) { return kKeywordInfo[size_t(keyword)].klass; }
Keyword lookupKeyword(std::string_view name) { return keywordTable().lookup(name); }

void appendCodePoint(std::string &out, uint32_t cp) {
  if (cp >= 0xDC00 && cp <= 0xDFFF && out.size() >= 3) {
    // Join with a directly preceding high surrogate into one supplementary code point.
    auto *p = reinterpret_cast<unsigned char *>(&out[out.size() - 3]);
    if (p[0] == 0xED && p[1] >= 0xA0 && p[1] <= 0xAF) {
      uint32_t high = 0xD000 | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
      out.resize(out.size() - 3);
      cp = 0x10000 + ((high - 0xD800) << 10) + (cp - 0xDC00);
    }
  }
  if (cp < 0x80) {
    out += char(cp);
  } else if (cp < 0x800) {
    out += char(0xC0 | (cp >> 6));
    out += char(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += char(0xE0 | (cp >> 12));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  } else {
    out += char(0xF0 | (cp >> 18));
    out += char(0x80 | ((cp >> 12) & 0x3F));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  }
}

Lexer::Lexer(const SourceFile &file, Arena &arena, bool moduleGoal)
    : file_(file), arena_(arena), text_(file.text().data()), size_(uint32_t(file.text().size())),
      module_(moduleGoal) {
  // A hashbang comment is only recognised at the very start of the input.
  if (size_ >= 2 && text_[0] == '#' && text_[1] == '!')
    skipLineComment();
}

void Lexer::error(uint32_t offset, std::string message) const {
  throw SyntaxError{offset, std::move(message)};
}

uint32_t Lexer::peekCodePoint(uint32_t at, uint32_t &length) const {
  auto c = static_cast<unsigned char>(text_[at]);
  if (c < 0x80 || at >= size_) {
    length = 1;
    return at < size_ ? c : 0;
  }
  // The text is well-formed UTF-8 (SourceFile repairs it on load).
  if (c < 0xE0) {
    length = 2;
    return ((c & 0x1F) << 6) | (text_[at + 1] & 0x3F);
  }
  if (c < 0xF0) {
    length = 3;
    return ((c & 0x0F) << 12) | ((text_[at + 1] & 0x3F) << 6) | (text_[at + 2] & 0x3F);
  }
  length = 4;
  return ((c & 0x07) << 18) | ((text_[at + 1] & 0x3F) << 12) | ((text_[at + 2] & 0x3F) << 6) |
         (text_[at + 3] & 0x3F);
}

bool Lexer::atLineTerminator(uint32_t at, uint32_t &length) const {
  if (at >= size_)
    return false;
  auto c = static_cast<unsigned char>(text_[at]);
  if (c == '\n') {
    length = 1;
    return true;
  }
  if (c == '\r') {
    length = (at + 1 < size_ && text_[at + 1] == '\n') ? 2 : 1;
    return true;
  }
  if (c == 0xE2 && at + 2 < size_ && static_cast<unsigned char>(text_[at + 1]) == 0x80 &&
      (static_cast<unsigned char>(text_[at + 2]) == 0xA8 ||
       static_cast<unsigned char>(text_[at + 2]) == 0xA9)) {
    length = 3;
    return true;
  }
  return false;
}

void Lexer::skipLineComment() {
  uint32_t len;
  while (pos_ < size_ && !atLineTerminator(pos_, len))
    ++pos_;
}

bool Lexer::skipTrivia() {
  bool newline = false;
  while (pos_ < size_) {
    auto c = static_cast<unsigned char>(text_[pos_]);
    switch (c) {
    case ' ': case '\t': case '\v': case '\f':
      ++pos_;
      continue;
    case '\n': case '\r':
      newline = true;
      ++pos_;
      continue;
    case '/':
      if (pos_ + 1 < size_ && text_[pos_ + 1] == '/') {
        pos_ += 2;
        skipLineComment();
        continue;
      }
      if (pos_ + 1 < size_ && text_[pos_ + 1] == '*') {
        uint32_t start = pos_;
        pos_ += 2;
        for (;;) {
          if (pos_ + 1 >= size_)
            error(start, "unterminated comment");
          if (text_[pos_] == '*' && text_[pos_ + 1] == '/') {
            pos_ += 2;
            break;
          }
          uint32_t len;
          if (atLineTerminator(pos_, len)) {
            newline = true;
            pos_ += len;
          } else
            ++pos_;
        }
        continue;
      }
      return newline;
    case '<':
      // Annex B: `<!--` starts a single-line comment in scripts.
      if (!module_ && pos_ + 3 < size_ && std::memcmp(text_ + pos_, "<!--", 4) == 0) {
        pos_ += 4;
        skipLineComment();
        continue;
      }
      return newline;
    case '-':
      // Annex B: `-->` at the start of a line (after only whitespace/comments) is a comment.
      if (!module_ && (newline || !sawToken_) && pos_ + 2 < size_ && text_[pos_ + 1] == '-' &&
          text_[pos_ + 2] == '>') {
        pos_ += 3;
        skipLineComment();
        continue;
      }
      return newline;
    default:
      if (c < 0x80)
        return newline;
      uint32_t len;
      uint32_t cp = peekCodePoint(pos_, len);
      if (cp == 0x2028 || cp == 0x2029) {
        newline = true;
        pos_ += len;
        continue;
      }
      if (cp == 0xA0 || cp == 0xFEFF || unicode::isSpaceSeparator(cp)) {
        pos_ += len;
        continue;
      }
      return newline;
    }
  }
  return newline;
}

void Lexer::next(Token &token) {
  token.newlineBefore = skipTrivia();
  sawToken_ = true;
  token.escaped = false;
  token.legacyOctal = false;
  token.invalidEscape = false;
  token.keyword = Keyword::None;
  token.start = pos_;
  if (pos_ >= size_) {
    token.kind = TokenKind::EndOfFile;
    token.end = pos_;
    return;
  }
  auto c = static_cast<unsigned char>(text_[pos_]);
  if (isAsciiIdStart(c) || c == '\\' || c >= 0x80) {
    scanName(token, false);
  } else if (isDigit(c) || (c == '.' && pos_ + 1 < size_ && isDigit(text_[pos_ + 1]))) {
    scanNumber(token);
  } else if (c == '"' || c == '\'') {
    scanString(token, char(c));
  } else if (c == '`') {
    scanTemplate(token, pos_);
  } else if (c == '#') {
    if (pos_ + 1 < size_) {
      uint32_t len;
      uint32_t cp = peekCodePoint(pos_ + 1, len);
      if (isIdStartCodePoint(cp) || cp == '\\') {
        ++pos_;
        scanName(token, true);
        token.start = token.start; // keep the '#'
        return;
      }
    }
    if (pos_ + 1 < size_) {
      uint32_t len;
      error(pos_ + 1, "unexpected character " + describeChar(peekCodePoint(pos_ + 1, len)));
    }
    error(pos_, "unexpected character '#'");
  } else {
    scanPunctuator(token);
  }
}

uint32_t Lexer::scanUnicodeEscape(uint32_t escapeStart, bool &ok) {
  // pos_ is just after "\u".
  ok = false;
  if (pos_ < size_ && text_[pos_] == '{') {
    ++pos_;
    uint32_t value = 0;
    uint32_t digits = 0;
    while (pos_ < size_ && hexValue(text_[pos_]) >= 0) {
      value = value * 16 + hexValue(text_[pos_]);
      if (value > 0x10FFFF)
        return 0;
      ++pos_;
      ++digits;
    }
    if (digits == 0 || pos_ >= size_ || text_[pos_] != '}')
      return 0;
    ++pos_;
    ok = true;
    return value;
  }
  uint32_t value = 0;
  for (int i = 0; i < 4; ++i) {
    if (pos_ >= size_ || hexValue(text_[pos_]) < 0)
      return 0;
    value = value * 16 + hexValue(text_[pos_]);
    ++pos_;
  }
  ok = true;
  return value;
}

void Lexer::scanName(Token &token, bool privateName) {
  uint32_t start = pos_;
  // ASCII fast path: no escapes, no non-ASCII characters.
  while (pos_ < size_ && isAsciiIdPart(static_cast<unsigned char>(text_[pos_])))
    ++pos_;
  bool slow = pos_ < size_ && (text_[pos_] == '\\' || static_cast<unsigned char>(text_[pos_]) >= 0x80);
  if (!slow) {
    token.value = std::string_view(text_ + start, pos_ - start);
  } else {
    scratch_.assign(text_ + start, pos_ - start);
    for (;;) {
      if (pos_ >= size_)
        break;
      auto c = static_cast<unsigned char>(text_[pos_]);
      bool first = scratch_.empty();
      if (c == '\\') {
        uint32_t escapeStart = pos_;
        if (pos_ + 1 >= size_ || text_[pos_ + 1] != 'u')
          error(escapeStart, "invalid escape sequence in identifier; expected \\u");
        pos_ += 2;
        bool ok;
        uint32_t cp = scanUnicodeEscape(escapeStart, ok);
        if (!ok)
          error(escapeStart, "invalid Unicode escape sequence");
        if (first ? !isIdStartCodePoint(cp) : !isIdPartCodePoint(cp))
          error(escapeStart, "invalid Unicode escape sequence in identifier");
        appendCodePoint(scratch_, cp);
        token.escaped = true;
        continue;
      }
      if (c < 0x80) {
        if (first ? !isAsciiIdStart(c) : !isAsciiIdPart(c))
          break;
        scratch_ += char(c);
        ++pos_;
        continue;
      }
      uint32_t len;
      uint32_t cp = peekCodePoint(pos_, len);
      if (first ? !isIdStartCodePoint(cp) : !isIdPartCodePoint(cp))
        break;
      scratch_.append(text_ + pos_, len);
      pos_ += len;
    }
    if (scratch_.empty()) {
      uint32_t len;
      uint32_t cp = peekCodePoint(pos_, len);
      error(pos_, "unexpected character " + describeChar(cp));
    }
    token.value = token.escaped ? arena_.copyString(scratch_)
                                : std::string_view(text_ + start, pos_ - start);
  }
  token.end = pos_;
  if (privateName) {
    token.kind = TokenKind::PrivateName;
    token.start = start - 1;
    return;
  }
  token.kind = TokenKind::Name;
  token.keyword = keywordTable().lookup(token.value);
}

void Lexer::scanDigits(int radix, bool allowSeparators, uint32_t &count) {
  count = 0;
  bool lastWasSeparator = false;
  while (pos_ < size_) {
    auto c = static_cast<unsigned char>(text_[pos_]);
    if (c == '_' && allowSeparators) {
      if (lastWasSeparator)
        error(pos_, "numeric separator must be exactly one underscore");
      if (count == 0)
        error(pos_, "numeric separator is not allowed at the start of digits");
      lastWasSeparator = true;
      ++pos_;
      continue;
    }
    int v = hexValue(c);
    if (v < 0 || v >= radix)
      break;
    lastWasSeparator = false;
    ++count;
    ++pos_;
  }
  if (lastWasSeparator)
    error(pos_ - 1, "numeric separator is not allowed at the end of digits");
}

void Lexer::scanNumber(Token &token) {
  uint32_t start = pos_;
  token.kind = TokenKind::Number;
  auto finish = [&]() {
    token.end = pos_;
    if (pos_ < size_) {
      uint32_t len;
      uint32_t cp = peekCodePoint(pos_, len);
      if (isIdStartCodePoint(cp) || cp == '\\' || isDigit(cp))
        error(pos_, "identifier starts immediately after numeric literal");
    }
  };
  auto cleaned = [&](uint32_t from, uint32_t to) {
    scratch_.clear();
    for (uint32_t i = from; i < to; ++i)
      if (text_[i] != '_')
        scratch_ += text_[i];
    return std::string_view(scratch_);
  };

  if (text_[pos_] == '0' && pos_ + 1 < size_) {
    char p = text_[pos_ + 1] | 0x20;
    int radix = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (radix) {
      pos_ += 2;
      uint32_t digitsStart = pos_;
      uint32_t count;
      scanDigits(radix, true, count);
      if (count == 0)
        error(pos_, "expected digits after the radix prefix of a numeric literal");
      std::string_view digits = cleaned(digitsStart, pos_);
      if (pos_ < size_ && text_[pos_] == 'n') {
        token.kind = TokenKind::BigInt;
        token.value = arena_.copyString(bigIntToDecimal(digits, radix));
        ++pos_;
        finish();
        return;
      }
      // Exact conversion: rewrite as a hexadecimal float and let from_chars round correctly.
      std::string hex;
      if (radix == 16) {
        hex = digits;
      } else {
        int bitsPerDigit = radix == 8 ? 3 : 1;
        std::string bits;
        for (char d : digits)
          for (int b = bitsPerDigit - 1; b >= 0; --b)
            bits += char('0' + (((d - '0') >> b) & 1));
        while (bits.size() % 4)
          bits.insert(bits.begin(), '0');
        for (size_t i = 0; i < bits.size(); i += 4)
          hex += "0123456789abcdef"[(bits[i] - '0') * 8 + (bits[i + 1] - '0') * 4 +
                                    (bits[i + 2] - '0') * 2 + (bits[i + 3] - '0')];
      }
      double value = 0;
      auto result = std::from_chars(hex.data(), hex.data() + hex.size(), value, std::chars_format::hex);
      if (result.ec == std::errc::result_out_of_range)
        value = HUGE_VAL;
      token.number = value;
      finish();
      return;
    }
    if (isDigit(text_[pos_ + 1]) || text_[pos_ + 1] == '_') {
      // Legacy octal (017) or non-octal decimal (019) integer: no separators, strict-mode error.
      ++pos_;
      if (text_[pos_] == '_')
        error(pos_, "numeric separator is not allowed in legacy octal-like literals");
      bool octal = true;
      while (pos_ < size_ && (isDigit(text_[pos_]) || text_[pos_] == '_')) {
        if (text_[pos_] == '_')
          error(pos_, "numeric separator is not allowed in legacy octal-like literals");
        if (text_[pos_] >= '8')
          octal = false;
        ++pos_;
      }
      token.legacyOctal = true;
      token.legacyOctalOffset = start;
      if (octal) {
        double value = 0;
        for (uint32_t i = start + 1; i < pos_; ++i)
          value = value * 8 + (text_[i] - '0');
        token.number = value;
        if (pos_ < size_ && text_[pos_] == 'n')
          error(pos_, "invalid BigInt literal: legacy octal literals cannot be BigInts");
        finish();
        return;
      }
      // Non-octal decimal: may continue with a fraction or an exponent.
      if (pos_ < size_ && text_[pos_] == 'n')
        error(pos_, "invalid BigInt literal");
      goto fraction;
    }
  }

  {
    uint32_t count;
    scanDigits(10, true, count);
    if (pos_ < size_ && text_[pos_] == 'n') {
      if (pos_ - start > 1 && text_[start] == '0')
        error(start, "invalid BigInt literal");
      token.kind = TokenKind::BigInt;
      token.value = arena_.copyString(cleaned(start, pos_));
      ++pos_;
      finish();
      return;
    }
  }
fraction:
  if (pos_ < size_ && text_[pos_] == '.') {
    ++pos_;
    if (pos_ < size_ && text_[pos_] == '_')
      error(pos_, "numeric separator is not allowed at the start of digits");
    uint32_t count;
    scanDigits(10, true, count);
  }
  if (pos_ < size_ && (text_[pos_] | 0x20) == 'e') {
    ++pos_;
    if (pos_ < size_ && (text_[pos_] == '+' || text_[pos_] == '-'))
      ++pos_;
    uint32_t count;
    scanDigits(10, true, count);
    if (count == 0)
      error(pos_, "expected digits in the exponent of a numeric literal");
  }
  if (pos_ < size_ && text_[pos_] == 'n')
    error(pos_, "invalid BigInt literal: a BigInt cannot have a fraction or exponent");
  std::string_view digits = cleaned(start, pos_);
  double value = 0;
  auto result = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (result.ec == std::errc::result_out_of_range) {
    // Overflow to infinity or underflow to zero, as JavaScript's ToNumber does.
    value = 0;
    for (char d : digits) {
      if (d == 'e' || d == 'E')
        break;
      if (d >= '1' && d <= '9') {
        value = std::strtod(std::string(digits).c_str(), nullptr);
        break;
      }
    }
  }
  token.number = value;
  finish();
}

bool Lexer::scanEscape(std::string &out, bool inTemplate, Token &token, uint32_t &badOffset) {
  // pos_ is at the backslash.
  uint32_t escapeStart = pos_;
  ++pos_;
  if (pos_ >= size_)
    error(escapeStart, "unterminated string literal");
  uint32_t lineLength;
  if (atLineTerminator(pos_, lineLength)) {
    pos_ += lineLength; // line continuation
    return true;
  }
  auto c = static_cast<unsigned char>(text_[pos_]);
  switch (c) {
  case 'b': out += '\b'; ++pos_; return true;
  case 'f': out += '\f'; ++pos_; return true;
  case 'n': out += '\n'; ++pos_; return true;
  case 'r': out += '\r'; ++pos_; return true;
  case 't': out += '\t'; ++pos_; return true;
  case 'v': out += '\v'; ++pos_; return true;
  case 'x': {
    ++pos_;
    if (pos_ + 1 < size_ && hexValue(text_[pos_]) >= 0 && hexValue(text_[pos_ + 1]) >= 0) {
      appendCodePoint(out, hexValue(text_[pos_]) * 16 + hexValue(text_[pos_ + 1]));
      pos_ += 2;
      return true;
    }
    badOffset = escapeStart;
    if (!inTemplate)
      error(escapeStart, "invalid hexadecimal escape sequence");
    return false;
  }
  case 'u': {
    ++pos_;
    bool ok;
    uint32_t cp = scanUnicodeEscape(escapeStart, ok);
    if (ok) {
      appendCodePoint(out, cp);
      return true;
    }
    badOffset = escapeStart;
    if (!inTemplate)
      error(escapeStart, "invalid Unicode escape sequence");
    return false;
  }
  default:
    break;
  }
  if (c >= '0' && c <= '9') {
    if (c == '0' && !(pos_ + 1 < size_ && isDigit(text_[pos_ + 1]))) {
      out += '\0';
      ++pos_;
      return true;
    }
    badOffset = escapeStart;
    if (inTemplate)
      return false;
    token.legacyOctal = true;
    // Reported where acorn and V8 report it: the backslash of an octal escape, the digit of
    // \8 and \9.
    if (!token.legacyOctalOffset || token.legacyOctalOffset < token.start)
      token.legacyOctalOffset = c >= '8' ? escapeStart + 1 : escapeStart;
    if (c >= '8') { // NonOctalDecimalEscapeSequence: the digit itself
      out += char(c);
      ++pos_;
      return true;
    }
    uint32_t value = c - '0';
    ++pos_;
    int maxDigits = c <= '3' ? 2 : 1;
    for (int i = 0; i < maxDigits && pos_ < size_ && text_[pos_] >= '0' && text_[pos_] <= '7'; ++i)
      value = value * 8 + (text_[pos_++] - '0');
    appendCodePoint(out, value);
    return true;
  }
  // Any other character stands for itself.
  uint32_t len;
  peekCodePoint(pos_, len);
  out.append(text_ + pos_, len);
  pos_ += len;
  return true;
}

void Lexer::scanString(Token &token, char quote) {
  uint32_t start = pos_;
  ++pos_;
  uint32_t contentStart = pos_;
  token.kind = TokenKind::String;
  token.legacyOctalOffset = 0;
  // Fast path: no escapes.
  while (pos_ < size_) {
    char c = text_[pos_];
    if (c == quote) {
      token.value = std::string_view(text_ + contentStart, pos_ - contentStart);
      ++pos_;
      token.end = pos_;
      return;
    }
    if (c == '\\' || c == '\n' || c == '\r')
      break;
    ++pos_;
  }
  scratch_.assign(text_ + contentStart, pos_ - contentStart);
  std::string &out = scratch_;
  for (;;) {
    if (pos_ >= size_)
      error(start, "unterminated string literal");
    char c = text_[pos_];
    if (c == quote) {
      ++pos_;
      break;
    }
    if (c == '\n' || c == '\r')
      error(start, "unterminated string literal");
    if (c == '\\') {
      token.escaped = true;
      uint32_t bad;
      scanEscape(out, false, token, bad);
      continue;
    }
    out += c;
    ++pos_;
  }
  token.value = arena_.copyString(out);
  token.end = pos_;
}

void Lexer::scanTemplate(Token &token, uint32_t start) {
  // pos_ is at the opening backquote or at the `}` that closes a substitution.
  pos_ = start + 1;
  token.kind = TokenKind::Template;
  token.start = start;
  token.invalidEscape = false;
  token.legacyOctal = false;
  std::string cooked;
  std::string raw;
  uint32_t pieceStart = pos_;
  uint32_t badOffset = 0;
  for (;;) {
    if (pos_ >= size_)
      error(start, "unterminated template literal");
    char c = text_[pos_];
    if (c == '`') {
      token.templateTail = true;
      raw.append(text_ + pieceStart, pos_ - pieceStart);
      ++pos_;
      break;
    }
    if (c == '$' && pos_ + 1 < size_ && text_[pos_ + 1] == '{') {
      token.templateTail = false;
      raw.append(text_ + pieceStart, pos_ - pieceStart);
      pos_ += 2;
      break;
    }
    if (c == '\r') {
      // CR and CRLF are normalised to LF in both the cooked and the raw value.
      raw.append(text_ + pieceStart, pos_ - pieceStart);
      raw += '\n';
      cooked += '\n';
      pos_ += (pos_ + 1 < size_ && text_[pos_ + 1] == '\n') ? 2 : 1;
      pieceStart = pos_;
      continue;
    }
    if (c == '\\') {
      token.escaped = true;
      // Raw text keeps the escape as written; only CRs inside it are normalised.
      raw.append(text_ + pieceStart, pos_ - pieceStart);
      uint32_t escapeStart = pos_;
      uint32_t bad = 0;
      if (!scanEscape(cooked, true, token, bad)) {
        if (!token.invalidEscape)
          badOffset = bad;
        token.invalidEscape = true;
        // Skip the malformed escape: a backslash and the character after it.
        pos_ = escapeStart + 2;
      }
      for (uint32_t i = escapeStart; i < pos_; ++i) {
        if (text_[i] == '\r') {
          raw += '\n';
          if (i + 1 < pos_ && text_[i + 1] == '\n')
            ++i;
        } else
          raw += text_[i];
      }
      pieceStart = pos_;
      continue;
    }
    cooked += c;
    ++pos_;
  }
  token.end = pos_;
  token.legacyOctalOffset = badOffset;
  token.value = token.invalidEscape ? std::string_view() : arena_.copyString(cooked);
  token.raw = arena_.copyString(raw);
}

void Lexer::rescanTemplateContinuation(Token &token) { scanTemplate(token, token.start); }

void Lexer::rescanRegExp(Token &token) {
  uint32_t start = token.start;
  pos_ = start + 1;
  bool inClass = false;
  for (;;) {
    uint32_t len;
    if (pos_ >= size_ || atLineTerminator(pos_, len))
      error(start + 1, "unterminated regular expression");
    char c = text_[pos_];
    if (c == '\\') {
      ++pos_;
      if (pos_ >= size_ || atLineTerminator(pos_, len))
        error(start + 1, "unterminated regular expression");
      peekCodePoint(pos_, len);
      pos_ += len;
      continue;
    }
    if (c == '[')
      inClass = true;
    else if (c == ']')
      inClass = false;
    else if (c == '/' && !inClass)
      break;
    peekCodePoint(pos_, len);
    pos_ += len;
  }
  std::string_view pattern(text_ + start + 1, pos_ - start - 1);
  ++pos_;
  uint32_t flagsStart = pos_;
  for (;;) {
    if (pos_ >= size_)
      break;
    if (text_[pos_] == '\\')
      error(start + 1, "invalid regular expression flags");
    uint32_t len;
    uint32_t cp = peekCodePoint(pos_, len);
    if (!isIdPartCodePoint(cp))
      break;
    pos_ += len;
  }
  std::string_view flags(text_ + flagsStart, pos_ - flagsStart);
  regexp::RegExpError regexpError;
  if (!regexp::validateRegExp(pattern, flags, regexpError))
    error(start + 1, regexpError.message);
  token.kind = TokenKind::RegExp;
  token.value = pattern;
  token.raw = flags;
  token.end = pos_;
}

void Lexer::scanPunctuator(Token &token) {
  const char *p = text_ + pos_;
  uint32_t remaining = size_ - pos_;
  auto at = [&](uint32_t i) -> char { return i < remaining ? p[i] : '\0'; };
  TokenKind kind;
  uint32_t length = 1;
  switch (p[0]) {
  case '{': kind = TokenKind::LBrace; break;
  case '}': kind = TokenKind::RBrace; break;
  case '(': kind = TokenKind::LParen; break;
  case ')': kind = TokenKind::RParen; break;
  case '[': kind = TokenKind::LBracket; break;
  case ']': kind = TokenKind::RBracket; break;
  case ';': kind = TokenKind::Semicolon; break;
  case ',': kind = TokenKind::Comma; break;
  case ':': kind = TokenKind::Colon; break;
  case '~': kind = TokenKind::Tilde; break;
  case '.':
    if (at(1) == '.' && at(2) == '.') { kind = TokenKind::Ellipsis; length = 3; }
    else kind = TokenKind::Dot;
    break;
  case '?':
    if (at(1) == '?') {
      if (at(2) == '=') { kind = TokenKind::QuestionQuestionAssign; length = 3; }
      else { kind = TokenKind::QuestionQuestion; length = 2; }
    } else if (at(1) == '.' && !isDigit(at(2))) { kind = TokenKind::QuestionDot; length = 2; }
    else kind = TokenKind::Question;
    break;
  case '<':
    if (at(1) == '<') {
      if (at(2) == '=') { kind = TokenKind::ShiftLeftAssign; length = 3; }
      else { kind = TokenKind::ShiftLeft; length = 2; }
    } else if (at(1) == '=') { kind = TokenKind::LessEqual; length = 2; }
    else kind = TokenKind::Less;
    break;
  case '>':
    if (at(1) == '>') {
      if (at(2) == '>') {
        if (at(3) == '=') { kind = TokenKind::ShiftRightUnsignedAssign; length = 4; }
        else { kind = TokenKind::ShiftRightUnsigned; length = 3; }
      } else if (at(2) == '=') { kind = TokenKind::ShiftRightAssign; length = 3; }
      else { kind = TokenKind::ShiftRight; length = 2; }
    } else if (at(1) == '=') { kind = TokenKind::GreaterEqual; length = 2; }
    else kind = TokenKind::Greater;
    break;
  case '=':
    if (at(1) == '=') {
      if (at(2) == '=') { kind = TokenKind::StrictEqual; length = 3; }
      else { kind = TokenKind::EqualEqual; length = 2; }
    } else if (at(1) == '>') { kind = TokenKind::Arrow; length = 2; }
    else kind = TokenKind::Assign;
    break;
  case '!':
    if (at(1) == '=') {
      if (at(2) == '=') { kind = TokenKind::StrictNotEqual; length = 3; }
      else { kind = TokenKind::NotEqual; length = 2; }
    } else kind = TokenKind::Bang;
    break;
  case '+':
    if (at(1) == '+') { kind = TokenKind::PlusPlus; length = 2; }
    else if (at(1) == '=') { kind = TokenKind::PlusAssign; length = 2; }
    else kind = TokenKind::Plus;
    break;
  case '-':
    if (at(1) == '-') { kind = TokenKind::MinusMinus; length = 2; }
    else if (at(1) == '=') { kind = TokenKind::MinusAssign; length = 2; }
    else kind = TokenKind::Minus;
    break;
  case '*':
    if (at(1) == '*') {
      if (at(2) == '=') { kind = TokenKind::StarStarAssign; length = 3; }
      else { kind = TokenKind::StarStar; length = 2; }
    } else if (at(1) == '=') { kind = TokenKind::StarAssign; length = 2; }
    else kind = TokenKind::Star;
    break;
  case '/':
    if (at(1) == '=') { kind = TokenKind::SlashAssign; length = 2; }
    else kind = TokenKind::Slash;
    break;
  case '%':
    if (at(1) == '=') { kind = TokenKind::PercentAssign; length = 2; }
    else kind = TokenKind::Percent;
    break;
  case '&':
    if (at(1) == '&') {
      if (at(2) == '=') { kind = TokenKind::AmpAmpAssign; length = 3; }
      else { kind = TokenKind::AmpAmp; length = 2; }
    } else if (at(1) == '=') { kind = TokenKind::AmpAssign; length = 2; }
    else kind = TokenKind::Amp;
    break;
  case '|':
    if (at(1) == '|') {
      if (at(2) == '=') { kind = TokenKind::PipePipeAssign; length = 3; }
      else { kind = TokenKind::PipePipe; length = 2; }
    } else if (at(1) == '=') { kind = TokenKind::PipeAssign; length = 2; }
    else kind = TokenKind::Pipe;
    break;
  case '^':
    if (at(1) == '=') { kind = TokenKind::CaretAssign; length = 2; }
    else kind = TokenKind::Caret;
    break;
  default: {
    uint32_t len;
    uint32_t cp = peekCodePoint(pos_, len);
    error(pos_, "unexpected character " + describeChar(cp));
  }
  }
  token.kind = kind;
  pos_ += length;
  token.end = pos_;
}

} // namespace kiln
