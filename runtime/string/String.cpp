// String creation, ropes, comparison, interning and UTF-8 conversion. See String.h for the
// representation invariants.
#include "string/String.h"

#include "heap/Heap.h"
#include "kiln/RuntimeFunctions.h"
#include "kiln/WTF8.h"

#include <cstddef>
#include <cstdio>
#include <cstdlib>

#include <vector>

namespace kiln::rt {

// ---- Creation ------------------------------------------------------------------------------

String *allocateLatin1(size_t length, uint8_t **chars) {
  auto *s = allocateAtomicCell<String>(CellKind::String, length + 1);
  s->bits = String::Latin1;
  s->length = static_cast<uint32_t>(length);
  auto *data = reinterpret_cast<uint8_t *>(s + 1);
  s->chars.latin1 = data;
  *chars = data;
  return s;
}

String *allocateUTF16(size_t length, char16_t **chars) {
  auto *s = allocateAtomicCell<String>(CellKind::String, (length + 1) * sizeof(char16_t));
  s->length = static_cast<uint32_t>(length);
  auto *data = reinterpret_cast<char16_t *>(s + 1);
  s->chars.utf16 = data;
  *chars = data;
  return s;
}

static String *theEmptyString;

String *emptyString() {
  if (!theEmptyString) {
    uint8_t *chars;
    theEmptyString = intern(allocateLatin1(0, &chars));
  }
  return theEmptyString;
}

String *newStringLatin1(const uint8_t *src, size_t length) {
  uint8_t *chars;
  String *s = allocateLatin1(length, &chars);
  std::memcpy(chars, src, length);
  return s;
}

String *newStringUTF16(const char16_t *src, size_t length) {
  bool narrow = true;
  for (size_t i = 0; i < length && narrow; ++i) narrow = src[i] <= 0xFF;
  if (narrow) {
    uint8_t *chars;
    String *s = allocateLatin1(length, &chars);
    for (size_t i = 0; i < length; ++i) chars[i] = static_cast<uint8_t>(src[i]);
    return s;
  }
  char16_t *chars;
  String *s = allocateUTF16(length, &chars);
  std::memcpy(chars, src, length * sizeof(char16_t));
  return s;
}

String *newStringFromCodeUnit(char16_t unit) { return newStringUTF16(&unit, 1); }

String *newStringFromUTF8(const char *utf8, size_t length) {
  bool ascii = true;
  for (size_t i = 0; i < length && ascii; ++i) ascii = static_cast<uint8_t>(utf8[i]) < 0x80;
  if (ascii) return newStringLatin1(reinterpret_cast<const uint8_t *>(utf8), length);
  std::u16string units;
  units.reserve(length);
  decodeWTF8(std::string_view(utf8, length), units);
  return newStringUTF16(units.data(), units.size());
}

// ---- Ropes ---------------------------------------------------------------------------------

// Copies the characters of `s` (flat or rope) into `out` (of the right width), iteratively.
template <typename CharT>
static void copyCharacters(String *root, CharT *out) {
  std::vector<String *> stack{root};
  size_t pos = 0;
  while (!stack.empty()) {
    String *s = stack.back();
    stack.pop_back();
    if (s->isRope()) {
      stack.push_back(s->right);
      stack.push_back(s->left);
      continue;
    }
    if (s->isLatin1()) {
      for (uint32_t i = 0; i < s->length; ++i) out[pos + i] = s->chars.latin1[i];
    } else {
      if constexpr (sizeof(CharT) == 2) std::memcpy(out + pos, s->chars.utf16, s->length * 2);
    }
    pos += s->length;
  }
}

void flattenRope(String *s) {
  if (s->isLatin1()) {
    auto *chars = static_cast<uint8_t *>(allocateAtomic(s->length + 1));
    copyCharacters(s, chars);
    s->chars.latin1 = chars;
  } else {
    auto *chars = static_cast<char16_t *>(allocateAtomic((s->length + 1) * sizeof(char16_t)));
    copyCharacters(s, chars);
    s->chars.utf16 = chars;
  }
  s->left = s->right = nullptr;
}

// Below this length concatenation copies; at or above it, it makes a rope.
static constexpr uint32_t MinRopeLength = 24;

Result<String *> concat(String *a, String *b) {
  if (a->length == 0) return b;
  if (b->length == 0) return a;
  uint64_t length = uint64_t(a->length) + b->length;
  if (length > MaxStringLength) return throwRangeError("Invalid string length");
  bool latin1 = a->isLatin1() && b->isLatin1();
  if (length < MinRopeLength) {
    flat(a), flat(b);
    if (latin1) {
      uint8_t *chars;
      String *s = allocateLatin1(length, &chars);
      std::memcpy(chars, a->chars.latin1, a->length);
      std::memcpy(chars + a->length, b->chars.latin1, b->length);
      return s;
    }
    char16_t *chars;
    String *s = allocateUTF16(length, &chars);
    copyCharacters(a, chars);
    copyCharacters(b, chars + a->length);
    return s;
  }
  auto *rope = allocateCell<String>(CellKind::String);
  rope->bits = latin1 ? String::Latin1 : 0;
  rope->length = static_cast<uint32_t>(length);
  rope->left = a;
  rope->right = b;
  return rope;
}

String *substring(String *s, uint32_t start, uint32_t end) {
  flat(s);
  if (start >= end) return emptyString();
  if (start == 0 && end == s->length) return s;
  if (s->isLatin1()) return newStringLatin1(s->chars.latin1 + start, end - start);
  return newStringUTF16(s->chars.utf16 + start, end - start);
}

uint32_t codePointAt(String *s, uint32_t i) {
  char16_t first = charAt(s, i);
  if (first >= 0xD800 && first <= 0xDBFF && i + 1 < s->length) {
    char16_t second = charAt(s, i + 1);
    if (second >= 0xDC00 && second <= 0xDFFF) return 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
  }
  return first;
}

// ---- Comparison ----------------------------------------------------------------------------

bool equals(String *a, String *b) {
  if (a == b) return true;
  if (a->length != b->length) return false;
  if (a->isInterned() && b->isInterned()) return false;
  if (a->isLatin1() != b->isLatin1()) return false;  // by the width invariant
  if (a->hash && b->hash && a->hash != b->hash) return false;
  flat(a), flat(b);
  if (a->isLatin1()) return std::memcmp(a->chars.latin1, b->chars.latin1, a->length) == 0;
  return std::memcmp(a->chars.utf16, b->chars.utf16, a->length * 2) == 0;
}

int compare(String *a, String *b) {
  if (a == b) return 0;
  flat(a), flat(b);
  uint32_t n = a->length < b->length ? a->length : b->length;
  if (a->isLatin1() && b->isLatin1()) {
    int c = std::memcmp(a->chars.latin1, b->chars.latin1, n);
    if (c) return c;
  } else {
    for (uint32_t i = 0; i < n; ++i) {
      char16_t x = charAt(a, i), y = charAt(b, i);
      if (x != y) return x < y ? -1 : 1;
    }
  }
  return a->length < b->length ? -1 : a->length > b->length ? 1 : 0;
}

bool equalsAscii(String *s, std::string_view ascii) {
  if (s->length != ascii.size()) return false;
  for (uint32_t i = 0; i < s->length; ++i)
    if (charAt(s, i) != static_cast<uint8_t>(ascii[i])) return false;
  return true;
}

uint32_t hashString(String *s) {
  if (s->hash) return s->hash;
  flat(s);
  uint32_t h = 2166136261u;  // FNV-1a over code units
  for (uint32_t i = 0; i < s->length; ++i) {
    h ^= charAt(s, i);
    h *= 16777619u;
  }
  if (h == 0) h = 1;
  s->hash = h;
  return h;
}

// ---- Interning -----------------------------------------------------------------------------
// Open addressing over a power-of-two table of String pointers in scanned memory. The table is
// reachable from a static, so every interned string lives as long as the program.

static String **internTable;
static uint32_t internCapacity;
static uint32_t internCount;

static String **internSlot(String *s, uint32_t h) {
  uint32_t mask = internCapacity - 1;
  for (uint32_t i = h & mask;; i = (i + 1) & mask) {
    String *e = internTable[i];
    if (!e || (e->hash == h && equals(e, s))) return &internTable[i];
  }
}

static void growInternTable() {
  String **old = internTable;
  uint32_t oldCapacity = internCapacity;
  internCapacity = oldCapacity ? oldCapacity * 2 : 1024;
  internTable = static_cast<String **>(allocateScanned(internCapacity * sizeof(String *)));
  for (uint32_t i = 0; i < oldCapacity; ++i)
    if (String *e = old[i]) *internSlot(e, e->hash) = e;
}

String *findInterned(String *s) {
  if (s->isInterned()) return s;
  if (!internTable) return nullptr;
  return *internSlot(s, hashString(s));
}

String *intern(String *s) {
  if (s->isInterned()) return s;
  uint32_t h = hashString(s);
  if ((internCount + 1) * 2 > internCapacity) growInternTable();
  String **slot = internSlot(s, h);
  if (*slot) return *slot;
  if (s->isRope()) flat(s);
  s->bits |= String::Interned;
  *slot = s;
  ++internCount;
  return s;
}

String *internUTF8(std::string_view utf8) { return intern(newStringFromUTF8(utf8)); }

// ---- Literals ------------------------------------------------------------------------------
// Codegen emits every string literal as a flat String cell in the program's writable data, laid
// out as below, and passes them all to kiln_main, which interns those of up to 256 code units
// before the runtime makes its own atoms: a literal is then the one interned string with its
// content, and generated code uses its address as a constant (a property key compared by pointer).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
static_assert(offsetof(String, length) == 8 && offsetof(String, chars) == (sizeof(void *) == 8 ? 16 : 12) &&
                  offsetof(String, left) == offsetof(String, chars) + sizeof(void *) &&
                  offsetof(String, right) == offsetof(String, left) + sizeof(void *),
              "codegen's static string literals are { header, i32 length, ptr chars, ptr left, ptr right }");
#pragma GCC diagnostic pop
static_assert(String::Latin1 == StringLatin1Flag, "codegen marks Latin-1 literals with this bit");

inline constexpr uint32_t MaxInternedLiteralLength = 256;

void registerStaticLiterals(String *const *literals, uint32_t count) {
  for (uint32_t n = 0; n < count; ++n) {
    String *literal = literals[n];
    if (literal->length > MaxInternedLiteralLength) continue;
    if (intern(literal) != literal) {
      // Codegen emits each content once, and this runs before anything else is interned.
      std::fprintf(stderr, "kiln: internal error: string literal %u is not unique\n", n);
      std::abort();
    }
  }
}

// ---- Array indices -------------------------------------------------------------------------

bool stringToArrayIndex(String *s, uint32_t &index) {
  uint32_t n = s->length;
  if (n == 0 || n > 10) return false;
  char16_t c0 = charAt(s, 0);
  if (c0 < '0' || c0 > '9' || (c0 == '0' && n > 1)) return false;
  uint64_t v = 0;
  for (uint32_t i = 0; i < n; ++i) {
    char16_t c = charAt(s, i);
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  if (v > 0xFFFFFFFEull) return false;
  index = static_cast<uint32_t>(v);
  return true;
}

// ---- Conversion --------------------------------------------------------------------------------

static void appendCodePointUTF8(std::string &out, uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

static void appendUTF16AsUTF8(std::string &out, const char16_t *units, size_t length) {
  for (size_t i = 0; i < length; ++i) {
    uint32_t cp = units[i];
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < length && units[i + 1] >= 0xDC00 && units[i + 1] <= 0xDFFF)
      cp = 0x10000 + ((cp - 0xD800) << 10) + (units[++i] - 0xDC00);
    else if (cp >= 0xD800 && cp <= 0xDFFF)
      cp = 0xFFFD;
    appendCodePointUTF8(out, cp);
  }
}

void appendUTF8(std::string &out, String *s) {
  flat(s);
  if (s->isLatin1()) {
    for (uint32_t i = 0; i < s->length; ++i) appendCodePointUTF8(out, s->chars.latin1[i]);
    return;
  }
  appendUTF16AsUTF8(out, s->chars.utf16, s->length);
}

std::string toUTF8(String *s) {
  std::string out;
  out.reserve(s->length);
  appendUTF8(out, s);
  return out;
}

std::string toUTF8(std::u16string_view units) {
  std::string out;
  out.reserve(units.size());
  appendUTF16AsUTF8(out, units.data(), units.size());
  return out;
}

std::u16string toUTF16(String *s) {
  flat(s);
  if (s->isLatin1()) return std::u16string(s->chars.latin1, s->chars.latin1 + s->length);
  return std::u16string(s->chars.utf16, s->length);
}

void StringBuilder::append(String *s) {
  flat(s);
  if (s->isLatin1()) units_.append(s->chars.latin1, s->chars.latin1 + s->length);
  else units_.append(s->chars.utf16, s->length);
}

void StringBuilder::appendUTF8(std::string_view utf8) { decodeWTF8(utf8, units_); }

void StringBuilder::appendCodePoint(uint32_t cp) {
  if (cp >= 0x10000) {
    cp -= 0x10000;
    units_.push_back(static_cast<char16_t>(0xD800 + (cp >> 10)));
    units_.push_back(static_cast<char16_t>(0xDC00 + (cp & 0x3FF)));
  } else {
    units_.push_back(static_cast<char16_t>(cp));
  }
}

}  // namespace kiln::rt
