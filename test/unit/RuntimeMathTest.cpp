// Tests that the Math functions kiln computes with fdlibm (runtime/number/Fdlibm.h) give node's
// bits exactly. RuntimeMathCases.inc is written by test/unit/gen-runtime-cases.js.
#include "number/Fdlibm.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>

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

double atan(double x, double) { return kiln::rt::fdlibm::atan(x); }
double cbrt(double x, double) { return kiln::rt::fdlibm::cbrt(x); }
double atan2(double y, double x) { return kiln::rt::fdlibm::atan2(y, x); }
double sin(double x, double) { return kiln::rt::fdlibm::sin(x); }
double cos(double x, double) { return kiln::rt::fdlibm::cos(x); }
double tan(double x, double) { return kiln::rt::fdlibm::tan(x); }
double exp(double x, double) { return kiln::rt::fdlibm::exp(x); }
double log(double x, double) { return kiln::rt::fdlibm::log(x); }
double log1p(double x, double) { return kiln::rt::fdlibm::log1p(x); }
double expm1(double x, double) { return kiln::rt::fdlibm::expm1(x); }
double log2(double x, double) { return kiln::rt::fdlibm::log2(x); }
double log10(double x, double) { return kiln::rt::fdlibm::log10(x); }
double pow(double x, double y) { return kiln::rt::fdlibm::pow(x, y); }
double sinh(double x, double) { return kiln::rt::fdlibm::sinh(x); }
double cosh(double x, double) { return kiln::rt::fdlibm::cosh(x); }
double tanh(double x, double) { return kiln::rt::fdlibm::tanh(x); }
double asin(double x, double) { return kiln::rt::fdlibm::asin(x); }
double acos(double x, double) { return kiln::rt::fdlibm::acos(x); }
double asinh(double x, double) { return kiln::rt::fdlibm::asinh(x); }
double acosh(double x, double) { return kiln::rt::fdlibm::acosh(x); }
double atanh(double x, double) { return kiln::rt::fdlibm::atanh(x); }

struct MathCase {
  const char *name;
  double (*function)(double, double);
  uint64_t x, y, expected;
};

#define KILN_MATH_CASE(function, x, y, expected) MathCase{#function, function, x, y, expected},
const MathCase MathCases[] = {
#include "RuntimeMathCases.inc"
};
#undef KILN_MATH_CASE

TEST(RuntimeMathTest, FdlibmFunctionsMatchNodeBitForBit) {
  ASSERT_GT(std::size(MathCases), 1000u);
  for (const MathCase &c : MathCases) {
    double result = c.function(fromBits(c.x), fromBits(c.y));
    // node's NaNs carry whatever bits V8's arithmetic left in them; JS can't tell them apart.
    uint64_t expected = toBits(fromBits(c.expected));
    EXPECT_EQ(toBits(result), expected) << c.name << "(" << fromBits(c.x) << ", " << fromBits(c.y) << ")";
  }
}

}  // namespace
