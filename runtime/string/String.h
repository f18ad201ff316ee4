// Strings: immutable sequences of UTF-16 code units.
//
// A flat string stores its characters either as Latin-1 (one byte per code unit) or as UTF-16.
// Invariant: a flat string is Latin-1 exactly when every code unit is <= 0xFF, so two equal
// strings always have the same representation and comparisons never mix widths on the fast path.
// A flat string is one atomic (unscanned) allocation: the header, then the characters, with
// `chars` pointing at them.
//
// Concatenation of longer strings makes a rope (`left` + `right`, no characters yet) in scanned
// memory; the first read of its characters flattens it in place into a separate atomic buffer and
// drops the children. Flattening is iterative, so `s += x` in a loop cannot overflow the stack.
//
// Property keys are interned strings: one String per distinct content, so shapes compare keys by
// pointer. Interned strings are never ropes.
#pragma once

#include "exception/Result.h"
#include "kiln/Value.h"

#include <string>
#include <string_view>

namespace kiln::rt {

struct String : Cell {
  enum : uint8_t { Latin1 = 1, Interned = 2, Rope = 4 };
  uint32_t length;
  union {
    const uint8_t *latin1;
    const char16_t *utf16;
  } chars;            // null while a rope is not flattened
  String *left;       // rope children (scanned memory only)
  String *right;

  bool isLatin1() const { return bits & Latin1; }
  bool isInterned() const { return bits & Interned; }
  bool isRope() const { return chars.latin1 == nullptr && length != 0; }
};

inline constexpr uint32_t MaxStringLength = (1u << 29) - 24;  // V8's limit, so RangeErrors match

// ---- Creation ------------------------------------------------------------------------------
String *emptyString();
String *newStringLatin1(const uint8_t *chars, size_t length);
String *newStringUTF16(const char16_t *chars, size_t length);  // narrows to Latin-1 when it can
String *newStringFromUTF8(const char *utf8, size_t length);     // WTF-8: lone surrogates allowed
inline String *newStringFromUTF8(std::string_view s) { return newStringFromUTF8(s.data(), s.size()); }
String *newStringFromCodeUnit(char16_t unit);
// A flat string with uninitialised characters, for builders (the caller keeps the invariant).
String *allocateLatin1(size_t length, uint8_t **chars);
String *allocateUTF16(size_t length, char16_t **chars);

// ---- Access --------------------------------------------------------------------------------
void flattenRope(String *s);
inline String *flat(String *s) {
  if (s->isRope()) flattenRope(s);
  return s;
}
inline char16_t charAt(String *s, uint32_t i) {
  flat(s);
  return s->isLatin1() ? s->chars.latin1[i] : s->chars.utf16[i];
}
// The code point at i (a lone surrogate is returned as itself).
uint32_t codePointAt(String *s, uint32_t i);

Result<String *> concat(String *a, String *b);
String *substring(String *s, uint32_t start, uint32_t end);
bool equals(String *a, String *b);
int compare(String *a, String *b);  // by code units: <0, 0, >0
uint32_t hashString(String *s);
bool equalsAscii(String *s, std::string_view ascii);

// ---- Interning -----------------------------------------------------------------------------
String *intern(String *s);
String *internUTF8(std::string_view utf8);
String *findInterned(String *s);  // null when no interned string has this content
// Interns the program's string literals, static String cells emitted by codegen (String.cpp).
void registerStaticLiterals(String *const *literals, uint32_t count);

// ---- Array indices -------------------------------------------------------------------------
// True when `s` is the canonical decimal form of an integer in [0, 2^32 - 2].
bool stringToArrayIndex(String *s, uint32_t &index);

// ---- Conversion ----------------------------------------------------------------------------
// UTF-8, lone surrogates replaced by U+FFFD (what node writes to a stream).
std::string toUTF8(String *s);
std::string toUTF8(std::u16string_view units);
void appendUTF8(std::string &out, String *s);
// The code units.
std::u16string toUTF16(String *s);

// Accumulates code units; build() makes a flat string. Not a GC root: holds characters only.
class StringBuilder {
public:
  void append(char16_t unit) { units_.push_back(unit); }
  void append(String *s);
  void appendAscii(std::string_view ascii) { units_.append(ascii.begin(), ascii.end()); }
  void appendUTF8(std::string_view utf8);
  void appendCodePoint(uint32_t codePoint);
  size_t length() const { return units_.size(); }
  void truncate(size_t length) { units_.resize(length); }
  String *build() const { return newStringUTF16(units_.data(), units_.size()); }
  const std::u16string &units() const { return units_; }

private:
  std::u16string units_;
};

}  // namespace kiln::rt
