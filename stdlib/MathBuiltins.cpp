// The Math object. Functions of one argument share a table of C functions; where the C library's
// last bit differs from V8's, the function is fdlibm's (number/Fdlibm.h): acos, acosh, asin, asinh,
// atan, atanh, atan2, cbrt, sin, cos, tan, sinh, cosh, tanh, exp, expm1, log, log1p, log2, log10
// and pow. The rest (ceil, floor, sqrt, ...) use the C library, whose results are exact there.
// Math.pow uses the operator's exponentiation (so pow(1, NaN) is NaN as in JS, unlike C);
// Math.random is xorshift128+ (V8's generator) seeded from the OS.
#include "Builtins.h"
#include "number/Fdlibm.h"
#include "ops/Operators.h"

#include <cmath>
#include <cstdio>
#include <ctime>

namespace kiln::rt {

using UnaryMath = double (*)(double);

static double jsRound(double x) {
  if (!std::isfinite(x) || x == 0) return x;
  if (x > 0 && x < 0.5) return 0.0;
  if (x < 0 && x >= -0.5) return -0.0;
  double r = std::floor(x);
  if (x - r >= 0.5) r += 1;
  return r;
}
static double jsSign(double x) { return std::isnan(x) ? x : x > 0 ? 1 : x < 0 ? -1 : x; }
static double jsFround(double x) { return static_cast<double>(static_cast<float>(x)); }
static double jsAbs(double x) { return std::fabs(x); }

template <UnaryMath F>
static Result<Value> unaryMath(const CallArgs &args) {
  double x = KILN_TRY(toNumber(args[0]));
  return numberValue(F(x));
}

static Result<Value> mathMax(const CallArgs &args) {
  double result = -INFINITY;
  bool sawNaN = false;
  for (uint32_t i = 0; i < args.count; ++i) {
    double x = KILN_TRY(toNumber(args.values[i]));
    if (std::isnan(x)) sawNaN = true;
    else if (x > result || (x == 0 && result == 0 && !std::signbit(x))) result = x;
  }
  return numberValue(sawNaN ? NAN : result);
}

static Result<Value> mathMin(const CallArgs &args) {
  double result = INFINITY;
  bool sawNaN = false;
  for (uint32_t i = 0; i < args.count; ++i) {
    double x = KILN_TRY(toNumber(args.values[i]));
    if (std::isnan(x)) sawNaN = true;
    else if (x < result || (x == 0 && result == 0 && std::signbit(x))) result = x;
  }
  return numberValue(sawNaN ? NAN : result);
}

static Result<Value> mathPow(const CallArgs &args) {
  double x = KILN_TRY(toNumber(args[0]));
  double y = KILN_TRY(toNumber(args[1]));
  return numberValue(numberExponentiate(x, y));
}

static Result<Value> mathAtan2(const CallArgs &args) {
  double y = KILN_TRY(toNumber(args[0]));
  double x = KILN_TRY(toNumber(args[1]));
  return numberValue(fdlibm::atan2(y, x));
}

static Result<Value> mathHypot(const CallArgs &args) {
  double sum = 0, largest = 0;
  bool sawInfinity = false, sawNaN = false;
  std::vector<double> values;
  for (uint32_t i = 0; i < args.count; ++i) {
    double x = KILN_TRY(toNumber(args.values[i]));
    if (std::isinf(x)) sawInfinity = true;
    if (std::isnan(x)) sawNaN = true;
    values.push_back(std::fabs(x));
    if (std::fabs(x) > largest) largest = std::fabs(x);
  }
  if (sawInfinity) return doubleValue(INFINITY);
  if (sawNaN) return doubleValue(NAN);
  if (largest == 0) return int32Value(0);
  // Kahan summation of scaled squares, as V8 does.
  double compensation = 0;
  for (double v : values) {
    double r = v / largest;
    double summand = r * r - compensation;
    double preliminary = sum + summand;
    compensation = (preliminary - sum) - summand;
    sum = preliminary;
  }
  return numberValue(std::sqrt(sum) * largest);
}

static Result<Value> mathImul(const CallArgs &args) {
  int32_t a = KILN_TRY(toInt32(args[0]));
  int32_t b = KILN_TRY(toInt32(args[1]));
  return int32Value(static_cast<int32_t>(static_cast<uint32_t>(a) * static_cast<uint32_t>(b)));
}

static Result<Value> mathClz32(const CallArgs &args) {
  uint32_t x = KILN_TRY(toUint32(args[0]));
  return int32Value(x ? __builtin_clz(x) : 32);
}

static uint64_t randomState0, randomState1;

static void seedRandom() {
  uint64_t seed[2] = {0, 0};
  if (FILE *f = std::fopen("/dev/urandom", "rb")) {
    size_t n = std::fread(seed, sizeof seed, 1, f);
    (void)n;
    std::fclose(f);
  }
  if (!seed[0] && !seed[1]) seed[0] = static_cast<uint64_t>(std::time(nullptr)) * 0x9E3779B97F4A7C15ull, seed[1] = ~seed[0];
  randomState0 = seed[0] | 1;
  randomState1 = seed[1];
}

static Result<Value> mathRandom(const CallArgs &) {
  if (!randomState0 && !randomState1) seedRandom();
  uint64_t s1 = randomState0, s0 = randomState1;
  randomState0 = s0;
  s1 ^= s1 << 23;
  s1 ^= s1 >> 17;
  s1 ^= s0;
  s1 ^= s0 >> 26;
  randomState1 = s1;
  uint64_t bits = (randomState0 >> 12) | 0x3FF0000000000000ull;  // [1, 2)
  double d;
  std::memcpy(&d, &bits, sizeof d);
  return doubleValue(d - 1);
}

void installMath(Object *global) {
  Object *math = newObject(realm.objectPrototype);
  defineValue(global, "Math", cellValue(math));
  const struct {
    const char *name;
    double value;
  } constants[] = {{"E", M_E},         {"LN10", M_LN10},       {"LN2", M_LN2},     {"LOG10E", M_LOG10E},
                   {"LOG2E", M_LOG2E}, {"PI", M_PI},           {"SQRT1_2", M_SQRT1_2}, {"SQRT2", M_SQRT2}};
  for (auto &c : constants) defineValue(math, c.name, doubleValue(c.value), 0);
  defineMethods(math, {
                          KILN_METHOD("abs", unaryMath<jsAbs>, 1),
                          KILN_METHOD("acos", unaryMath<fdlibm::acos>, 1),
                          KILN_METHOD("acosh", unaryMath<fdlibm::acosh>, 1),
                          KILN_METHOD("asin", unaryMath<fdlibm::asin>, 1),
                          KILN_METHOD("asinh", unaryMath<fdlibm::asinh>, 1),
                          KILN_METHOD("atan", unaryMath<fdlibm::atan>, 1),
                          KILN_METHOD("atanh", unaryMath<fdlibm::atanh>, 1),
                          KILN_METHOD("atan2", mathAtan2, 2),
                          KILN_METHOD("ceil", unaryMath<std::ceil>, 1),
                          KILN_METHOD("cbrt", unaryMath<fdlibm::cbrt>, 1),
                          KILN_METHOD("expm1", unaryMath<fdlibm::expm1>, 1),
                          KILN_METHOD("clz32", mathClz32, 1),
                          KILN_METHOD("cos", unaryMath<fdlibm::cos>, 1),
                          KILN_METHOD("cosh", unaryMath<fdlibm::cosh>, 1),
                          KILN_METHOD("exp", unaryMath<fdlibm::exp>, 1),
                          KILN_METHOD("floor", unaryMath<std::floor>, 1),
                          KILN_METHOD("fround", unaryMath<jsFround>, 1),
                          KILN_METHOD("hypot", mathHypot, 2),
                          KILN_METHOD("imul", mathImul, 2),
                          KILN_METHOD("log", unaryMath<fdlibm::log>, 1),
                          KILN_METHOD("log1p", unaryMath<fdlibm::log1p>, 1),
                          KILN_METHOD("log2", unaryMath<fdlibm::log2>, 1),
                          KILN_METHOD("log10", unaryMath<fdlibm::log10>, 1),
                          KILN_METHOD("max", mathMax, 2),
                          KILN_METHOD("min", mathMin, 2),
                          KILN_METHOD("pow", mathPow, 2),
                          KILN_METHOD("random", mathRandom, 0),
                          KILN_METHOD("round", unaryMath<jsRound>, 1),
                          KILN_METHOD("sign", unaryMath<jsSign>, 1),
                          KILN_METHOD("sin", unaryMath<fdlibm::sin>, 1),
                          KILN_METHOD("sinh", unaryMath<fdlibm::sinh>, 1),
                          KILN_METHOD("sqrt", unaryMath<std::sqrt>, 1),
                          KILN_METHOD("tan", unaryMath<fdlibm::tan>, 1),
                          KILN_METHOD("tanh", unaryMath<fdlibm::tanh>, 1),
                          KILN_METHOD("trunc", unaryMath<std::trunc>, 1),
                      });
  defineOwnProperty(math, PropertyKey::fromCell(realm.symbolToStringTag), cellValue(internUTF8("Math")), Configurable);
}

}  // namespace kiln::rt
