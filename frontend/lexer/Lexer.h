// The JavaScript lexer: UTF-8 source text to tokens, one at a time, on demand.
//
// JavaScript's lexical grammar depends on the syntactic context in two places: a `/` starts a
// regular expression where an expression may begin and is division elsewhere, and a `}` closes a
// template substitution only when the parser says so. Rather than guess (acorn keeps a context
// stack for this), the lexer always scans `/` and `}` as punctuators and the parser, which knows
// the context, asks for a rescan with rescanRegExp() or rescanTemplateContinuation().
//
// Errors throw SyntaxError (see Diagnostics.h). Decoded values (names with escapes, cooked strings)
// are stored in the parse's arena; values without escapes point straight into the source text.
#pragma once
#include <string>

#include "frontend/lexer/Token.h"
#include "frontend/support/Arena.h"
#include "frontend/support/Diagnostics.h"

namespace kiln {

class SourceFile;

class Lexer {
public:
  Lexer(const SourceFile &file, Arena &arena, bool moduleGoal);

  /// Scans the token after the current position into `token`.
  void next(Token &token);
  /// `token` is a `/` or `/=` punctuator where the grammar wants an expression: rescans it as a
  /// regular-expression literal (validated, including its pattern).
  void rescanRegExp(Token &token);
  /// `token` is a `}` ending a template substitution: rescans it as the next template piece.
  void rescanTemplateContinuation(Token &token);

  /// Saved position for bounded lookahead.
  struct State {
    uint32_t pos;
    bool sawToken;
  };
  State save() const { return {pos_, sawToken_}; }
  void restore(State state) {
    pos_ = state.pos;
    sawToken_ = state.sawToken;
  }

  /// Throws a SyntaxError at `offset`.
  [[noreturn]] void error(uint32_t offset, std::string message) const;

private:
  bool skipTrivia(); // returns whether a line terminator was crossed
  void skipLineComment();
  void scanName(Token &token, bool privateName);
  void scanNumber(Token &token);
  void scanString(Token &token, char quote);
  void scanTemplate(Token &token, uint32_t start);
  void scanPunctuator(Token &token);
  /// Reads an escape after a backslash in a string or template into `out`. Returns false for
  /// an escape that is invalid in templates (the caller decides whether that is an error).
  bool scanEscape(std::string &out, bool inTemplate, Token &token, uint32_t &badOffset);
  uint32_t scanUnicodeEscape(uint32_t escapeStart, bool &ok); // after "\u"
  uint32_t peekCodePoint(uint32_t at, uint32_t &length) const;
  bool atLineTerminator(uint32_t at, uint32_t &length) const;
  void scanDigits(int radix, bool allowSeparators, uint32_t &count);

  const SourceFile &file_;
  Arena &arena_;
  const char *text_;
  uint32_t size_;
  uint32_t pos_ = 0;
  bool module_;
  bool sawToken_ = false; // an HTML close comment `-->` may also start the input
  std::string scratch_;
};

/// Appends a code point as UTF-8; lone surrogates are encoded like any other BMP code point
/// (WTF-8), and a low surrogate directly after an encoded high surrogate is joined with it.
void appendCodePoint(std::string &out, uint32_t codePoint);

} // namespace kiln
