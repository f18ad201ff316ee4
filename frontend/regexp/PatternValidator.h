// Internal to frontend/regexp: the one-pass validator of a regular-expression pattern. The public
// entry point is validateRegExp (RegExpValidator.h); the design is explained in RegExpValidator.cpp
// (pattern level: terms, groups, quantifiers, escapes, group names) and RegExpClasses.cpp
// (character classes, including the v-mode set notation).
#pragma once
#include "frontend/regexp/PatternReader.h"
#include "frontend/regexp/RegExpValidator.h"

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kiln::regexp {

/// CharacterClassEscape letters other than p and P: \d \D \s \S \w \W.
inline bool isClassEscapeLetter(uint32_t c) {
  return c == 'd' || c == 'D' || c == 's' || c == 'S' || c == 'w' || c == 'W';
}

/// A stack with inline room for the first few entries: groups and classes rarely nest deeply, so
/// validating a typical literal allocates nothing, while deep nesting still works (no recursion).
template <typename T, size_t InlineCapacity> class SmallStack {
public:
  bool empty() const { return count == 0; }
  void push(const T &value) {
    if (count < InlineCapacity)
      inlineEntries[count] = value;
    else
      overflow.push_back(value);
    ++count;
  }
  T &top() { return count <= InlineCapacity ? inlineEntries[count - 1] : overflow.back(); }
  void pop() {
    if (count > InlineCapacity)
      overflow.pop_back();
    --count;
  }

private:
  std::array<T, InlineCapacity> inlineEntries{};
  std::vector<T> overflow;
  size_t count = 0;
};

class PatternValidator {
public:
  PatternValidator(std::string_view pattern, bool unicodeMode, bool unicodeSetsMode,
                   RegExpError &error);
  bool validate();

private:
  /// Where an escape appears; the grammar allows different escapes in each place.
  enum class EscapeContext {
    Atom,     ///< outside classes
    Class,    ///< inside a class without v (ClassEscape)
    ClassSet, ///< inside a v-mode class (ClassSetCharacter)
  };

  /// One element of a class without v: a character, or a class escape (\d, \p{L}) that cannot
  /// be the end of a range.
  struct ClassAtom {
    uint32_t value = 0;
    bool isCharacterClass = false;
  };

  // Errors: record the first and return false, so every parse step is `if (!step()) return false`.
  bool fail(uint32_t offset, std::string_view message);

  // Pattern level (RegExpValidator.cpp).
  bool parseDisjunction();
  bool parseGroupOpening(bool &quantifiable);
  bool parseQuantifierIfPresent();
  bool tryParseBracedQuantifier(uint32_t &min, uint32_t &max);
  bool parseAtomEscape();
  bool parseCharacterEscape(EscapeContext context, uint32_t escapeOffset, uint32_t &value);
  bool readHexDigits(uint32_t count, uint32_t &value);
  bool readUnicodeEscape(bool unicodeRules, uint32_t &value);
  bool parseUnicodePropertyEscape(bool negated, uint32_t escapeOffset, bool &matchesStrings);
  bool parseGroupName(uint32_t nameOffset, std::string &name);
  bool checkReferences();

  // Character classes (RegExpClasses.cpp).
  bool parseClassRanges();
  bool parseClassAtom(ClassAtom &atom);
  bool parseClassSet();
  bool parseClassSetOperand(bool &isCharacter, uint32_t &value, bool &mayContainStrings);
  bool parseClassSetCharacter(uint32_t &value);
  bool parseClassStringDisjunction(uint32_t escapeOffset, bool &mayContainStrings);

  PatternReader reader;
  std::string_view pattern;
  bool unicodeMode;     ///< u or v: the strict grammar, code points
  bool unicodeSetsMode; ///< v: class set notation, properties of strings
  bool namedGroups;     ///< the grammar's [N] parameter: \k is a named reference

  uint32_t captureCount = 0;
  std::vector<std::string> groupNames;
  struct NamedReference {
    std::string name;
    uint32_t offset;
  };
  std::vector<NamedReference> namedReferences;
  /// The largest \N in unicode mode and where it is; checked against captureCount at the end.
  uint32_t largestBackreference = 0;
  uint32_t largestBackreferenceOffset = 0;

  RegExpError &error;
};

} // namespace kiln::regexp
