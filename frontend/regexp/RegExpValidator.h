// Validation of regular-expression literals per ECMAScript 2024 §22.2.1 (Patterns) and its early
// errors, for the three grammars: Annex B (no u/v flag), u-mode, and v-mode (unicodeSets).
// The lexer hands over the body and the flags of a literal; the parser reports the first error.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace kiln::regexp {

struct RegExpError {
  /// Byte offset into the pattern (or, for flag errors, into the flags) where the error is.
  uint32_t offset = 0;
  /// True when the error is in the flags rather than the pattern.
  bool inFlags = false;
  /// Lowercase message, e.g. "invalid regular expression: unterminated character class".
  std::string message;
};

/// Validates `flags` (only dgimsuyv, each at most once, not both u and v) and then `pattern`
/// (UTF-8 source text between the slashes, exactly as written, escapes not processed).
/// Returns true when valid; otherwise fills `error` and returns false.
bool validateRegExp(std::string_view pattern, std::string_view flags, RegExpError &error);

} // namespace kiln::regexp
