// Decoding WTF-8 (UTF-8 that may encode lone surrogates as 3-byte sequences, as the compiler does
// for string literals with lone surrogate escapes) to UTF-16 code units. Shared by the runtime
// (strings from UTF-8) and codegen (string literals emitted as static String cells), so both read
// a literal the same way. Malformed bytes, which the compiler never emits, decode as U+FFFD.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace kiln {

inline void decodeWTF8(std::string_view in, std::u16string &out) {
  size_t i = 0, n = in.size();
  auto byte = [&](size_t k) { return static_cast<uint8_t>(in[k]); };
  while (i < n) {
    uint8_t b = byte(i);
    if (b < 0x80) {
      out.push_back(b);
      ++i;
      continue;
    }
    uint32_t cp;
    size_t extra;
    if ((b & 0xE0) == 0xC0) cp = b & 0x1F, extra = 1;
    else if ((b & 0xF0) == 0xE0) cp = b & 0x0F, extra = 2;
    else if ((b & 0xF8) == 0xF0) cp = b & 0x07, extra = 3;
    else {
      out.push_back(0xFFFD);
      ++i;
      continue;
    }
    bool ok = true;
    for (size_t k = 1; k <= extra; ++k) {
      if (i + k >= n || (byte(i + k) & 0xC0) != 0x80) {
        ok = false;
        break;
      }
      cp = (cp << 6) | (byte(i + k) & 0x3F);
    }
    if (!ok) {
      out.push_back(0xFFFD);
      ++i;
      continue;
    }
    i += extra + 1;
    if (cp >= 0x10000) {
      cp -= 0x10000;
      out.push_back(static_cast<char16_t>(0xD800 + (cp >> 10)));
      out.push_back(static_cast<char16_t>(0xDC00 + (cp & 0x3FF)));
    } else {
      out.push_back(static_cast<char16_t>(cp));
    }
  }
}

}  // namespace kiln
