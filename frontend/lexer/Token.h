// Tokens as the lexer hands them to the parser.
#pragma once
#include <cstdint>
#include <string_view>

namespace kiln {

enum class TokenKind : uint8_t {
#define TOKEN(Name, Spelling) Name,
#include "frontend/lexer/TokenKinds.def"
};

enum class Keyword : uint8_t {
  None,
#define KEYWORD(Name, Spelling, Class) Name,
#include "frontend/lexer/Keywords.def"
};

enum class KeywordClass : uint8_t { None, Reserved, Strict, Contextual, Literal };

const char *tokenSpelling(TokenKind kind);
const char *keywordSpelling(Keyword keyword);
KeywordClass keywordClass(Keyword keyword);
/// The keyword `name` spells, or Keyword::None.
Keyword lookupKeyword(std::string_view name);

struct Token {
  TokenKind kind = TokenKind::EndOfFile;
  /// For Name tokens: which keyword the name spells (even when written with escapes).
  Keyword keyword = Keyword::None;
  /// A line terminator (or a multi-line comment containing one) precedes the token.
  bool newlineBefore = false;
  /// Name: written with \u escapes. String/Template: contains escapes.
  bool escaped = false;
  /// Number: legacy octal (010) or non-octal decimal (08) literal. String: contains a legacy octal
  /// escape or \8 \9. Both are errors in strict code; `legacyOctalOffset` says where.
  bool legacyOctal = false;
  /// Template: the cooked value is undefined (an invalid escape; allowed only when tagged).
  bool invalidEscape = false;
  /// Template: this piece ends with the closing backquote.
  bool templateTail = false;
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t legacyOctalOffset = 0;
  /// Name/PrivateName: the (decoded) name. String: cooked value (WTF-8). Template: cooked value.
  /// RegExp: the pattern. BigInt: the digits without separators and without the `n`.
  std::string_view value;
  /// Template: the raw value (line terminators normalised to \n). RegExp: the flags.
  std::string_view raw;
  double number = 0;

  bool is(TokenKind k) const { return kind == k; }
  /// A Name spelling `k` without escapes (escaped keywords never act as keywords).
  bool isKeyword(Keyword k) const { return kind == TokenKind::Name && keyword == k && !escaped; }
};

} // namespace kiln
