// See NumberConversions.h.
#include "number/NumberConversions.h"

#include <double-conversion/double-conversion.h>

#include <cmath>

namespace kiln::rt {

using double_conversion::DoubleToStringConverter;
using double_conversion::StringToDoubleConverter;

void numberToAscii(double d, std::string &out) {
  if (d >= -2147483648.0 && d <= 2147483647.0 && d == static_cast<int32_t>(d)) {
    char buffer[16];
    int n = std::snprintf(buffer, sizeof buffer, "%d", static_cast<int32_t>(d));  // -0 prints "0"
    out.append(buffer, n);
    return;
  }
  char buffer[64];
  double_conversion::StringBuilder builder(buffer, sizeof buffer);
  DoubleToStringConverter::EcmaScriptConverter().ToShortest(d, &builder);
  out.append(builder.Finalize());
}

String *numberToString(double d) {
  std::string ascii;
  numberToAscii(d, ascii);
  return newStringLatin1(reinterpret_cast<const uint8_t *>(ascii.data()), ascii.size());
}

// V8's DoubleToRadixCString: the shortest digits that read back to the same double in `radix`.
std::string numberToRadixString(double value, int radix) {
  static const char chars[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value < 0 ? "-Infinity" : "Infinity";
  static constexpr int BufferSize = 2200;
  char buffer[BufferSize];
  int integerCursor = BufferSize / 2;
  int fractionCursor = integerCursor;
  bool negative = value < 0;
  if (negative) value = -value;
  double integer = std::floor(value);
  double fraction = value - integer;
  double delta = 0.5 * (std::nextafter(value, INFINITY) - value);
  delta = std::max(std::nextafter(0.0, INFINITY), delta);
  if (fraction >= delta) {
    buffer[fractionCursor++] = '.';
    do {
      fraction *= radix;
      delta *= radix;
      int digit = static_cast<int>(fraction);
      buffer[fractionCursor++] = chars[digit];
      fraction -= digit;
      if (fraction > 0.5 || (fraction == 0.5 && (digit & 1))) {
        if (fraction + delta > 1) {
          while (true) {
            fractionCursor--;
            if (fractionCursor == BufferSize / 2) {
              integer += 1;
              break;
            }
            char c = buffer[fractionCursor];
            int d = c > '9' ? (c - 'a' + 10) : (c - '0');
            if (d + 1 < radix) {
              buffer[fractionCursor++] = chars[d + 1];
              break;
            }
          }
          break;
        }
      }
    } while (fraction >= delta);
  }
  // Integer part: exact while representable, then by division of the exponent-adjusted value.
  auto exponentOf = [](double d) {
    int e;
    std::frexp(d, &e);
    return e - 53;
  };
  while (exponentOf(integer / radix) > 0) {
    integer /= radix;
    buffer[--integerCursor] = '0';
  }
  do {
    double remainder = std::fmod(integer, radix);
    buffer[--integerCursor] = chars[static_cast<int>(remainder)];
    integer = (integer - remainder) / radix;
  } while (integer > 0);
  if (negative) buffer[--integerCursor] = '-';
  return std::string(buffer + integerCursor, fractionCursor - integerCursor);
}

bool isJSWhiteSpaceOrLineTerminator(char16_t c) {
  switch (c) {
  case 0x09: case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x20: case 0xA0: case 0x1680:
  case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000: case 0xFEFF:
    return true;
  default:
    return c >= 0x2000 && c <= 0x200A;
  }
}

static double parseIntegerWithRadix(const std::string &digits, int radix) {
  // Exact while below 2^53; larger values are rounded correctly by double-conversion's hex parser.
  double result = 0;
  bool exact = true;
  for (char c : digits) {
    int d = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
    result = result * radix + d;
    if (result >= 9007199254740992.0) exact = false;
  }
  if (exact) return result;
  // Large: use double-conversion's radix parser (rounds correctly for powers of two).
  StringToDoubleConverter converter(StringToDoubleConverter::ALLOW_HEX, 0.0, NAN, nullptr, nullptr);
  if (radix == 16) {
    std::string hex = "0x" + digits;
    int processed;
    return converter.StringToDouble(hex.c_str(), static_cast<int>(hex.size()), &processed);
  }
  // Binary and octal: convert to hex digits exactly (through a bit string).
  std::string bits;
  for (char c : digits) {
    int d = c - '0';
    for (int b = (radix == 8 ? 2 : 0); b >= 0; --b) bits.push_back(((d >> b) & 1) ? '1' : '0');
  }
  while (bits.size() % 4) bits.insert(bits.begin(), '0');
  std::string hex = "0x";
  for (size_t i = 0; i < bits.size(); i += 4) {
    int v = (bits[i] - '0') * 8 + (bits[i + 1] - '0') * 4 + (bits[i + 2] - '0') * 2 + (bits[i + 3] - '0');
    hex.push_back("0123456789abcdef"[v]);
  }
  int processed;
  return converter.StringToDouble(hex.c_str(), static_cast<int>(hex.size()), &processed);
}

double stringToNumber(String *s) {
  uint32_t begin = 0, end = s->length;
  while (begin < end && isJSWhiteSpaceOrLineTerminator(charAt(s, begin))) ++begin;
  while (end > begin && isJSWhiteSpaceOrLineTerminator(charAt(s, end - 1))) --end;
  if (begin == end) return 0;
  std::string ascii;
  ascii.reserve(end - begin);
  for (uint32_t i = begin; i < end; ++i) {
    char16_t c = charAt(s, i);
    if (c >= 0x80) return NAN;
    ascii.push_back(static_cast<char>(c));
  }
  if (ascii.size() > 2 && ascii[0] == '0') {
    char p = ascii[1] | 0x20;
    int radix = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (radix) {
      std::string digits = ascii.substr(2);
      for (char c : digits) {
        int d = (c >= '0' && c <= '9') ? c - '0' : ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ? (c | 0x20) - 'a' + 10 : 99;
        if (d >= radix) return NAN;
      }
      return parseIntegerWithRadix(digits, radix);
    }
  }
  const char *text = ascii.c_str();
  size_t n = ascii.size();
  size_t signLength = (text[0] == '+' || text[0] == '-') ? 1 : 0;
  if (ascii.compare(signLength, std::string::npos, "Infinity") == 0) return text[0] == '-' ? -INFINITY : INFINITY;
  // StrUnsignedDecimalLiteral: digits, optional '.', digits, optional exponent. Validate the
  // grammar here (double-conversion is more permissive), then convert.
  size_t i = signLength;
  size_t intDigits = 0, fracDigits = 0;
  while (i < n && text[i] >= '0' && text[i] <= '9') ++i, ++intDigits;
  if (i < n && text[i] == '.') {
    ++i;
    while (i < n && text[i] >= '0' && text[i] <= '9') ++i, ++fracDigits;
  }
  if (intDigits + fracDigits == 0) return NAN;
  if (i < n && (text[i] | 0x20) == 'e') {
    ++i;
    if (i < n && (text[i] == '+' || text[i] == '-')) ++i;
    size_t expDigits = 0;
    while (i < n && text[i] >= '0' && text[i] <= '9') ++i, ++expDigits;
    if (!expDigits) return NAN;
  }
  if (i != n) return NAN;
  StringToDoubleConverter converter(StringToDoubleConverter::ALLOW_TRAILING_JUNK |
                                        StringToDoubleConverter::ALLOW_LEADING_SPACES,
                                    0.0, NAN, nullptr, nullptr);
  int processed;
  const char *digits = text + (text[0] == '+' ? 1 : 0);
  return converter.StringToDouble(digits, static_cast<int>(n - (text[0] == '+' ? 1 : 0)), &processed);
}

int32_t doubleToInt32(double d) {
  if (d >= -2147483648.0 && d <= 2147483647.0) return static_cast<int32_t>(d);  // truncates; NaN fails both tests
  if (!std::isfinite(d)) return 0;
  double m = std::fmod(std::trunc(d), 4294967296.0);
  if (m < 0) m += 4294967296.0;
  return static_cast<int32_t>(static_cast<uint32_t>(m));
}

}  // namespace kiln::rt
