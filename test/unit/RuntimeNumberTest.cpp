// Tests for number <-> string conversion (runtime/number/NumberConversions.h) against node:
// RuntimeNumberCases.inc is written by test/unit/gen-runtime-cases.js (a few hundred doubles,
// radix conversions and StringToNumber inputs); regenerate it after changing the lists there.
#include "RuntimeTestSupport.h"

#include "number/BigInt.h"
#include "number/NumberConversions.h"

#include <cmath>

using namespace kiln::rt;
using namespace kiln::rt::test;

namespace {

double fromBits(uint64_t bits) {
  double d;
  std::memcpy(&d, &bits, sizeof d);
  return d;
}
uint64_t toBits(double d) {
  if (d != d) return 0x7ff8000000000000ull;
  uint64_t bits;
  std::memcpy(&bits, &d, sizeof bits);
  return bits;
}

struct ToStringCase {
  uint64_t bits;
  const char *expected;
};
struct RadixCase {
  uint64_t bits;
  int radix;
  const char *expected;
};
struct ToNumberCase {
  std::u16string input;
  uint64_t expectedBits;
};

#define KILN_NUMBER_TO_STRING_CASE(bits, text) ToStringCase{bits, text},
#define KILN_NUMBER_TO_RADIX_CASE(bits, radix, text)
#define KILN_STRING_TO_NUMBER_CASE(units, bits)
const ToStringCase ToStringCases[] = {
#include "RuntimeNumberCases.inc"
};
#undef KILN_NUMBER_TO_STRING_CASE
#undef KILN_NUMBER_TO_RADIX_CASE
#define KILN_NUMBER_TO_STRING_CASE(bits, text)
#define KILN_NUMBER_TO_RADIX_CASE(bits, radix, text) RadixCase{bits, radix, text},
const RadixCase RadixCases[] = {
#include "RuntimeNumberCases.inc"
};
#undef KILN_NUMBER_TO_RADIX_CASE
#undef KILN_STRING_TO_NUMBER_CASE
#define KILN_NUMBER_TO_RADIX_CASE(bits, radix, text)
#define KILN_STRING_TO_NUMBER_CASE(s, bits) ToNumberCase{std::u16string(s, sizeof(s) / sizeof(char16_t) - 1), bits},
const std::vector<ToNumberCase> ToNumberCases = {
#include "RuntimeNumberCases.inc"
};
#undef KILN_NUMBER_TO_STRING_CASE
#undef KILN_NUMBER_TO_RADIX_CASE
#undef KILN_STRING_TO_NUMBER_CASE

using RuntimeNumberTest = RuntimeTest;

TEST_F(RuntimeNumberTest, ToStringMatchesNode) {
  ASSERT_GT(std::size(ToStringCases), 300u);
  for (const ToStringCase &c : ToStringCases)
    EXPECT_EQ(toUTF8(numberToString(fromBits(c.bits))), c.expected) << std::hex << c.bits;
}

TEST_F(RuntimeNumberTest, RadixToStringMatchesNode) {
  for (const RadixCase &c : RadixCases)
    EXPECT_EQ(numberToRadixString(fromBits(c.bits), c.radix), c.expected) << std::hex << c.bits << " radix " << std::dec << c.radix;
}

TEST_F(RuntimeNumberTest, StringToNumberMatchesNode) {
  for (const ToNumberCase &c : ToNumberCases) {
    String *s = newStringUTF16(c.input.data(), c.input.size());
    EXPECT_EQ(toBits(stringToNumber(s)), c.expectedBits) << '"' << toUTF8(s) << '"';
  }
}

TEST_F(RuntimeNumberTest, DoubleToInt32Wraps) {
  EXPECT_EQ(doubleToInt32(4294967296.0 + 5), 5);
  EXPECT_EQ(doubleToInt32(2147483648.0), INT32_MIN);
  EXPECT_EQ(doubleToInt32(-2147483649.0), INT32_MAX);
  EXPECT_EQ(doubleToInt32(-1.9), -1);
  EXPECT_EQ(doubleToInt32(NAN), 0);
  EXPECT_EQ(doubleToInt32(INFINITY), 0);
  EXPECT_EQ(doubleToInt32(1e300), 0);
  EXPECT_EQ(doubleToUint32(-1), 4294967295u);
}

TEST_F(RuntimeNumberTest, BigIntArithmetic) {
  BigInt *a = bigintFromAscii("123456789012345678901234567890", 30);
  BigInt *b = bigintFromAscii("-987654321098765432109876543210", 31);
  EXPECT_EQ(bigintToAscii(bigintAdd(a, b)), "-864197532086419753208641975320");
  EXPECT_EQ(bigintToAscii(bigintMul(a, b)), "-121932631137021795226185032733622923332237463801111263526900");
  EXPECT_EQ(bigintToAscii(bigintDiv(b, a).value()), "-8");
  EXPECT_EQ(bigintToAscii(bigintRem(b, a).value()), "-9000000000900000000090");
  EXPECT_EQ(bigintToAscii(bigintPow(bigintFromInt64(2), bigintFromInt64(100)).value()), "1267650600228229401496703205376");
  EXPECT_EQ(bigintToAscii(bigintFromInt64(255), 16), "ff");
  EXPECT_EQ(bigintToAscii(bigintBitAnd(bigintFromInt64(-6), bigintFromInt64(13))), "8");
  EXPECT_EQ(bigintToAscii(bigintBitOr(bigintFromInt64(-6), bigintFromInt64(13))), "-1");
  EXPECT_EQ(bigintToAscii(bigintBitNot(bigintFromInt64(5))), "-6");
  EXPECT_EQ(bigintToAscii(bigintShiftRight(bigintFromInt64(-9), bigintFromInt64(1)).value()), "-5");
  EXPECT_EQ(bigintToAscii(bigintShiftLeft(bigintFromInt64(3), bigintFromInt64(70)).value()), "3541774862152233910272");
  EXPECT_EQ(bigintToDouble(bigintFromAscii("9007199254740993", 16)), 9007199254740992.0);  // ties to even
  EXPECT_EQ(bigintToAscii(bigintFromDouble(1e21)), "1000000000000000000000");
  EXPECT_TRUE(bigintDiv(a, bigintFromInt64(0)).isThrown());
  EXPECT_EQ(takeExceptionMessage(), "RangeError: Division by zero");
}

}  // namespace
