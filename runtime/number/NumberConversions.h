// Number <-> string conversions with ECMAScript's exact rules: Number::toString (shortest
// round-trip digits, via double-conversion's EcmaScriptConverter) and StringToNumber (StrNumericLiteral:
// JS white space, 0x/0o/0b prefixes, Infinity, empty string is 0).
#pragma once

#include "string/String.h"

namespace kiln::rt {

String *numberToString(double d);
// The same digits as ASCII, for builders that do not want a String.
void numberToAscii(double d, std::string &out);
// Number.prototype.toString(radix) for radix 2..36 (V8's algorithm, so the digits match node).
std::string numberToRadixString(double d, int radix);

double stringToNumber(String *s);
bool isJSWhiteSpaceOrLineTerminator(char16_t c);

int32_t doubleToInt32(double d);
inline uint32_t doubleToUint32(double d) { return static_cast<uint32_t>(doubleToInt32(d)); }

}  // namespace kiln::rt
