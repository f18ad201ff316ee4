// BigInt values: sign and magnitude, the magnitude as little-endian 32-bit digits with no leading
// zero digit (zero has no digits and is never negative). A BigInt cell is immutable and atomic
// (it holds no pointers). Arithmetic is schoolbook: programs here use BigInt for exact integers of
// modest size, not for cryptography.
#pragma once

#include "exception/Result.h"
#include "string/String.h"

#include <vector>

namespace kiln::rt {

struct BigInt : Cell {
  enum : uint8_t { Negative = 1 };
  uint32_t length;
  uint32_t *digits() { return reinterpret_cast<uint32_t *>(this + 1); }
  const uint32_t *digits() const { return reinterpret_cast<const uint32_t *>(this + 1); }
  bool isNegative() const { return bits & Negative; }
  bool isZero() const { return length == 0; }
};

// Parses a StringIntegerLiteral (optional 0x/0o/0b prefix, or decimal with optional sign);
// null when the text is not one. White space around it is allowed.
BigInt *bigintFromString(String *s);
BigInt *bigintFromAscii(const char *text, size_t length);
BigInt *bigintFromInt64(int64_t v);
BigInt *bigintFromDouble(double d);  // d must be an integer
double bigintToDouble(BigInt *b);
std::string bigintToAscii(BigInt *b, int radix = 10);
String *bigintToString(BigInt *b, int radix = 10);

BigInt *bigintAdd(BigInt *a, BigInt *b);
BigInt *bigintSub(BigInt *a, BigInt *b);
BigInt *bigintMul(BigInt *a, BigInt *b);
Result<BigInt *> bigintDiv(BigInt *a, BigInt *b);
Result<BigInt *> bigintRem(BigInt *a, BigInt *b);
Result<BigInt *> bigintPow(BigInt *a, BigInt *b);
BigInt *bigintNeg(BigInt *a);
BigInt *bigintBitAnd(BigInt *a, BigInt *b);
BigInt *bigintBitOr(BigInt *a, BigInt *b);
BigInt *bigintBitXor(BigInt *a, BigInt *b);
BigInt *bigintBitNot(BigInt *a);
Result<BigInt *> bigintShiftLeft(BigInt *a, BigInt *b);  // negative counts shift right
Result<BigInt *> bigintShiftRight(BigInt *a, BigInt *b);
int bigintCompare(BigInt *a, BigInt *b);
// Compares with a number; NaN gives `unordered`.
int bigintCompareToDouble(BigInt *a, double d, bool &unordered);
bool bigintEquals(BigInt *a, BigInt *b);
// BigInt.asUintN / BigInt.asIntN: a modulo 2^bits, unsigned or as a signed two's complement.
// asUintN throws (RangeError) when the result would exceed the maximum BigInt size.
Result<BigInt *> bigintAsUintN(uint64_t bits, BigInt *a);
BigInt *bigintAsIntN(uint64_t bits, BigInt *a);

}  // namespace kiln::rt
