// Reads a regular-expression pattern (UTF-8, as written in the source) the way the pattern grammar
// sees it. With u or v the grammar's characters are code points; without them they are UTF-16 code
// units, so a character outside the BMP written raw is two characters, a lead and a trail
// surrogate (that is why /[😀-😁]/ is an out-of-order range without u, as in node). The reader
// therefore splits such a character in two when not in unicode mode, remembering that it stands
// between the halves; everything else about the pattern is ASCII syntax read byte by byte.
//
// Invalid UTF-8 is read as U+FFFD one byte at a time rather than reported: the lexer owns source
// encoding errors, and the validator only needs some character value to compare.
#pragma once
#include <cstdint>
#include <string_view>

namespace kiln::regexp {

class PatternReader {
public:
  /// current() at the end of the pattern; larger than any character.
  static constexpr uint32_t EndOfPattern = 0xFFFFFFFF;

  /// A saved reading position, to look ahead and come back (Annex B retries some constructs).
  struct Position {
    uint32_t byteOffset;
    bool inTrailSurrogate;
  };

  PatternReader(std::string_view text, bool unicodeMode) : text(text), unicodeMode(unicodeMode) {}

  bool atEnd() const { return byteOffset >= text.size(); }
  /// Byte offset of the current character (for the trail half of a split character, the offset
  /// of the whole character).
  uint32_t offset() const { return byteOffset; }
  Position position() const { return {byteOffset, inTrailSurrogate}; }
  void reset(Position saved) {
    byteOffset = saved.byteOffset;
    inTrailSurrogate = saved.inTrailSurrogate;
  }

  /// The current character of the grammar: a code point in unicode mode, else a code unit.
  uint32_t current() const {
    if (atEnd())
      return EndOfPattern;
    uint8_t byte = static_cast<uint8_t>(text[byteOffset]);
    if (byte < 0x80)
      return byte;
    uint32_t length;
    uint32_t codePoint = decode(length);
    if (unicodeMode || codePoint <= 0xFFFF)
      return codePoint;
    return inTrailSurrogate ? 0xDC00 + ((codePoint - 0x10000) & 0x3FF)
                            : 0xD800 + ((codePoint - 0x10000) >> 10);
  }

  void advance() {
    if (atEnd())
      return;
    if (static_cast<uint8_t>(text[byteOffset]) < 0x80) {
      ++byteOffset;
      return;
    }
    uint32_t length;
    uint32_t codePoint = decode(length);
    if (!unicodeMode && codePoint > 0xFFFF && !inTrailSurrogate) {
      inTrailSurrogate = true;
      return;
    }
    inTrailSurrogate = false;
    byteOffset += length;
  }

  /// The whole code point at the current position, whatever the mode (group names are read by
  /// code point in every mode). Only valid between characters, which group names always are.
  uint32_t currentCodePoint() const {
    if (atEnd())
      return EndOfPattern;
    uint32_t length;
    return decode(length);
  }
  void advanceCodePoint() {
    if (atEnd())
      return;
    uint32_t length;
    decode(length);
    byteOffset += length;
    inTrailSurrogate = false;
  }

  /// The byte `ahead` bytes past the current position, or 0 past the end. Used for ASCII
  /// lookahead such as "(?<=" where the bytes are the characters.
  uint8_t byteAt(uint32_t ahead) const {
    if (inTrailSurrogate)
      return 0x80; // inside a non-ASCII character: matches no ASCII syntax
    size_t index = size_t(byteOffset) + ahead;
    return index < text.size() ? static_cast<uint8_t>(text[index]) : 0;
  }
  bool lookingAt(std::string_view ascii) const {
    return !inTrailSurrogate && text.substr(byteOffset).starts_with(ascii);
  }
  /// Skips `count` characters known (by lookahead) to be ASCII.
  void skipASCII(uint32_t count) { byteOffset += count; }

private:
  // Decodes the UTF-8 sequence at byteOffset.
  uint32_t decode(uint32_t &length) const {
    auto byte = [&](size_t i) { return static_cast<uint8_t>(text[byteOffset + i]); };
    size_t available = text.size() - byteOffset;
    uint8_t lead = byte(0);
    uint32_t codePoint, minimum;
    if (lead < 0x80) {
      length = 1;
      return lead;
    }
    if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2, codePoint = lead & 0x1F, minimum = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3, codePoint = lead & 0x0F, minimum = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4, codePoint = lead & 0x07, minimum = 0x10000;
    } else {
      length = 1;
      return 0xFFFD;
    }
    if (available < length) {
      length = 1;
      return 0xFFFD;
    }
    for (uint32_t i = 1; i < length; ++i) {
      if ((byte(i) & 0xC0) != 0x80) {
        length = 1;
        return 0xFFFD;
      }
      codePoint = (codePoint << 6) | (byte(i) & 0x3F);
    }
    if (codePoint < minimum || codePoint > 0x10FFFF) {
      length = 1;
      return 0xFFFD;
    }
    return codePoint;
  }

  std::string_view text;
  bool unicodeMode;
  uint32_t byteOffset = 0;
  bool inTrailSurrogate = false;
};

} // namespace kiln::regexp
