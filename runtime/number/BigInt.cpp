// BigInt arithmetic on sign and magnitude (see BigInt.h). Magnitudes are worked on as
// std::vector<uint32_t> and copied into a fresh immutable cell at the end; bitwise operators go
// through two's complement of a sufficient width, as the spec defines them.
#include "number/BigInt.h"

#include "heap/Heap.h"
#include "number/NumberConversions.h"

#include <algorithm>
#include <cmath>

namespace kiln::rt {

using Digits = std::vector<uint32_t>;

static void trim(Digits &d) {
  while (!d.empty() && d.back() == 0) d.pop_back();
}

static BigInt *make(Digits d, bool negative) {
  trim(d);
  auto *b = allocateAtomicCell<BigInt>(CellKind::BigInt, d.size() * sizeof(uint32_t));
  b->length = static_cast<uint32_t>(d.size());
  if (!d.empty()) std::memcpy(b->digits(), d.data(), d.size() * sizeof(uint32_t));
  b->bits = (negative && !d.empty()) ? BigInt::Negative : 0;
  return b;
}

static Digits digitsOf(BigInt *b) { return Digits(b->digits(), b->digits() + b->length); }

static int compareMagnitude(const Digits &a, const Digits &b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  for (size_t i = a.size(); i-- > 0;)
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

static Digits addMagnitude(const Digits &a, const Digits &b) {
  Digits r(std::max(a.size(), b.size()) + 1);
  uint64_t carry = 0;
  for (size_t i = 0; i < r.size(); ++i) {
    uint64_t s = carry + (i < a.size() ? a[i] : 0) + (i < b.size() ? b[i] : 0);
    r[i] = static_cast<uint32_t>(s);
    carry = s >> 32;
  }
  trim(r);
  return r;
}

static Digits subMagnitude(const Digits &a, const Digits &b) {  // |a| >= |b|
  Digits r(a.size());
  int64_t borrow = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    int64_t s = int64_t(a[i]) - (i < b.size() ? b[i] : 0) - borrow;
    borrow = s < 0;
    r[i] = static_cast<uint32_t>(s + (borrow ? (int64_t(1) << 32) : 0));
  }
  trim(r);
  return r;
}

static Digits mulMagnitude(const Digits &a, const Digits &b) {
  if (a.empty() || b.empty()) return {};
  Digits r(a.size() + b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    uint64_t carry = 0;
    for (size_t j = 0; j < b.size(); ++j) {
      uint64_t t = uint64_t(a[i]) * b[j] + r[i + j] + carry;
      r[i + j] = static_cast<uint32_t>(t);
      carry = t >> 32;
    }
    r[i + b.size()] = static_cast<uint32_t>(carry);
  }
  trim(r);
  return r;
}

static uint32_t divSmall(Digits &a, uint32_t divisor) {  // in place, returns remainder
  uint64_t rem = 0;
  for (size_t i = a.size(); i-- > 0;) {
    uint64_t cur = (rem << 32) | a[i];
    a[i] = static_cast<uint32_t>(cur / divisor);
    rem = cur % divisor;
  }
  trim(a);
  return static_cast<uint32_t>(rem);
}

static void shiftLeftBits(Digits &a, uint64_t n) {
  size_t words = n / 32, bits = n % 32;
  Digits r(a.size() + words + 1);
  for (size_t i = 0; i < a.size(); ++i) {
    uint64_t v = uint64_t(a[i]) << bits;
    r[i + words] |= static_cast<uint32_t>(v);
    r[i + words + 1] |= static_cast<uint32_t>(v >> 32);
  }
  trim(r);
  a = r;
}

static void shiftRightBits(Digits &a, uint64_t n) {
  size_t words = n / 32, bits = n % 32;
  if (words >= a.size()) {
    a.clear();
    return;
  }
  Digits r(a.size() - words);
  for (size_t i = 0; i < r.size(); ++i) {
    uint64_t v = a[i + words];
    if (i + words + 1 < a.size()) v |= uint64_t(a[i + words + 1]) << 32;
    r[i] = static_cast<uint32_t>(v >> bits);
  }
  trim(r);
  a = r;
}

// Long division, bit by bit for multi-digit divisors (quadratic, fine for the sizes used).
static void divMod(const Digits &a, const Digits &b, Digits &q, Digits &r) {
  if (compareMagnitude(a, b) < 0) {
    q.clear();
    r = a;
    return;
  }
  if (b.size() == 1) {
    q = a;
    uint32_t rem = divSmall(q, b[0]);
    r = rem ? Digits{rem} : Digits{};
    return;
  }
  q.assign(a.size(), 0);
  r.clear();
  for (size_t i = a.size() * 32; i-- > 0;) {
    shiftLeftBits(r, 1);
    if ((a[i / 32] >> (i % 32)) & 1) {
      if (r.empty()) r.push_back(1);
      else r[0] |= 1;
    }
    if (compareMagnitude(r, b) >= 0) {
      r = subMagnitude(r, b);
      q[i / 32] |= 1u << (i % 32);
    }
  }
  trim(q);
}

// ---- Construction and conversion -----------------------------------------------------------

BigInt *bigintFromInt64(int64_t v) {
  uint64_t m = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  return make(Digits{static_cast<uint32_t>(m), static_cast<uint32_t>(m >> 32)}, v < 0);
}

BigInt *bigintFromDouble(double d) {
  bool negative = d < 0;
  d = std::fabs(d);
  int exponent;
  double mantissa = std::frexp(d, &exponent);  // d = mantissa * 2^exponent, mantissa in [0.5, 1)
  if (d == 0) return make({}, false);
  uint64_t bits = static_cast<uint64_t>(std::ldexp(mantissa, 53));
  Digits m{static_cast<uint32_t>(bits), static_cast<uint32_t>(bits >> 32)};
  trim(m);
  if (exponent >= 53) shiftLeftBits(m, exponent - 53);
  else shiftRightBits(m, 53 - exponent);
  return make(m, negative);
}

double bigintToDouble(BigInt *b) {
  // Correctly rounded: take the top 64 bits and a sticky bit, then round to 53 bits (ties to even).
  if (b->isZero()) return 0;
  Digits d = digitsOf(b);
  size_t bitLength = (d.size() - 1) * 32 + (32 - __builtin_clz(d.back()));
  double result;
  if (bitLength <= 64) {
    uint64_t v = d[0] | (d.size() > 1 ? uint64_t(d[1]) << 32 : 0);
    if (bitLength <= 53) {
      result = static_cast<double>(v);
    } else {
      int drop = static_cast<int>(bitLength - 53);
      uint64_t top = v >> drop, rest = v & ((uint64_t(1) << drop) - 1), half = uint64_t(1) << (drop - 1);
      if (rest > half || (rest == half && (top & 1))) ++top;
      result = std::ldexp(static_cast<double>(top), drop);
    }
  } else {
    if (bitLength > 1024) return b->isNegative() ? -INFINITY : INFINITY;
    size_t drop = bitLength - 53;
    Digits top = d;
    shiftRightBits(top, drop);
    uint64_t mant = top[0] | (top.size() > 1 ? uint64_t(top[1]) << 32 : 0);
    // The dropped bits: compare with half.
    bool halfBit = (d[(drop - 1) / 32] >> ((drop - 1) % 32)) & 1;
    bool sticky = false;
    for (size_t i = 0; i + 1 < drop && !sticky; ++i) sticky = (d[i / 32] >> (i % 32)) & 1;
    if (halfBit && (sticky || (mant & 1))) ++mant;
    result = std::ldexp(static_cast<double>(mant), static_cast<int>(drop));
  }
  return b->isNegative() ? -result : result;
}

BigInt *bigintFromAscii(const char *text, size_t length) {
  size_t i = 0, n = length;
  while (i < n && (text[i] == ' ' || (text[i] >= 9 && text[i] <= 13))) ++i;
  while (n > i && (text[n - 1] == ' ' || (text[n - 1] >= 9 && text[n - 1] <= 13))) --n;
  if (i == n) return make({}, false);
  int radix = 10;
  bool negative = false;
  if (n - i > 2 && text[i] == '0' && ((text[i + 1] | 0x20) == 'x' || (text[i + 1] | 0x20) == 'o' || (text[i + 1] | 0x20) == 'b')) {
    char p = text[i + 1] | 0x20;
    radix = p == 'x' ? 16 : p == 'o' ? 8 : 2;
    i += 2;
  } else if (text[i] == '+' || text[i] == '-') {
    negative = text[i] == '-';
    ++i;
  }
  if (i == n) return nullptr;
  Digits d;
  for (; i < n; ++i) {
    char c = text[i];
    int v = (c >= '0' && c <= '9') ? c - '0' : ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ? (c | 0x20) - 'a' + 10 : 99;
    if (v >= radix) return nullptr;
    uint64_t carry = static_cast<uint64_t>(v);
    for (auto &digit : d) {
      uint64_t t = uint64_t(digit) * radix + carry;
      digit = static_cast<uint32_t>(t);
      carry = t >> 32;
    }
    if (carry) d.push_back(static_cast<uint32_t>(carry));
  }
  return make(d, negative);
}

BigInt *bigintFromString(String *s) {
  std::string ascii;
  for (uint32_t i = 0; i < s->length; ++i) {
    char16_t c = charAt(s, i);
    if (isJSWhiteSpaceOrLineTerminator(c)) c = ' ';
    else if (c >= 0x80) return nullptr;
    ascii.push_back(static_cast<char>(c));
  }
  return bigintFromAscii(ascii.data(), ascii.size());
}

std::string bigintToAscii(BigInt *b, int radix) {
  if (b->isZero()) return "0";
  Digits d = digitsOf(b);
  std::string out;
  while (!d.empty()) {
    uint32_t rem = divSmall(d, static_cast<uint32_t>(radix));
    out.push_back("0123456789abcdefghijklmnopqrstuvwxyz"[rem]);
  }
  if (b->isNegative()) out.push_back('-');
  std::reverse(out.begin(), out.end());
  return out;
}

String *bigintToString(BigInt *b, int radix) { return newStringFromUTF8(bigintToAscii(b, radix)); }

// ---- Arithmetic ----------------------------------------------------------------------------

static BigInt *addSigned(const Digits &a, bool an, const Digits &b, bool bn) {
  if (an == bn) return make(addMagnitude(a, b), an);
  int c = compareMagnitude(a, b);
  if (c >= 0) return make(subMagnitude(a, b), an);
  return make(subMagnitude(b, a), bn);
}

BigInt *bigintAdd(BigInt *a, BigInt *b) { return addSigned(digitsOf(a), a->isNegative(), digitsOf(b), b->isNegative()); }
BigInt *bigintSub(BigInt *a, BigInt *b) { return addSigned(digitsOf(a), a->isNegative(), digitsOf(b), !b->isNegative()); }
BigInt *bigintMul(BigInt *a, BigInt *b) {
  return make(mulMagnitude(digitsOf(a), digitsOf(b)), a->isNegative() != b->isNegative());
}
BigInt *bigintNeg(BigInt *a) { return make(digitsOf(a), !a->isNegative()); }

Result<BigInt *> bigintDiv(BigInt *a, BigInt *b) {
  if (b->isZero()) return throwRangeError("Division by zero");
  Digits q, r;
  divMod(digitsOf(a), digitsOf(b), q, r);
  return make(q, a->isNegative() != b->isNegative());
}

Result<BigInt *> bigintRem(BigInt *a, BigInt *b) {
  if (b->isZero()) return throwRangeError("Division by zero");
  Digits q, r;
  divMod(digitsOf(a), digitsOf(b), q, r);
  return make(r, a->isNegative());
}

static constexpr uint64_t MaxBigIntBits = 1u << 30;  // V8's kMaxLengthBits

Result<BigInt *> bigintPow(BigInt *base, BigInt *exponent) {
  if (exponent->isNegative()) return throwRangeError("undefined must be positive");  // node 20's (V8's) exact text
  if (exponent->isZero()) return make({1}, false);
  if (base->isZero()) return base;
  Digits b = digitsOf(base);
  if (b.size() == 1 && b[0] == 1) return make({1}, base->isNegative() && (exponent->digits()[0] & 1));
  if (exponent->length > 1) return throwRangeError("Maximum BigInt size exceeded");
  uint32_t e = exponent->digits()[0];
  size_t baseBits = (b.size() - 1) * 32 + (32 - __builtin_clz(b.back()));
  if (uint64_t(baseBits - 1) * e > MaxBigIntBits) return throwRangeError("Maximum BigInt size exceeded");
  Digits result{1};
  Digits power = b;
  for (uint32_t k = e; k; k >>= 1) {
    if (k & 1) result = mulMagnitude(result, power);
    if (k > 1) power = mulMagnitude(power, power);
  }
  return make(result, base->isNegative() && (e & 1));
}

int bigintCompare(BigInt *a, BigInt *b) {
  if (a->isNegative() != b->isNegative()) return a->isNegative() ? -1 : 1;
  int c = compareMagnitude(digitsOf(a), digitsOf(b));
  return a->isNegative() ? -c : c;
}

bool bigintEquals(BigInt *a, BigInt *b) { return bigintCompare(a, b) == 0; }

int bigintCompareToDouble(BigInt *a, double d, bool &unordered) {
  unordered = std::isnan(d);
  if (unordered) return 0;
  if (std::isinf(d)) return d > 0 ? -1 : 1;
  double t = std::trunc(d);
  int c = bigintCompare(a, bigintFromDouble(t));
  if (c != 0) return c;
  if (d > t) return -1;
  if (d < t) return 1;
  return 0;
}

// ---- Bitwise (two's complement) ------------------------------------------------------------

static Digits toTwosComplement(BigInt *a, size_t width) {
  Digits d = digitsOf(a);
  d.resize(width, 0);
  if (a->isNegative()) {
    for (auto &x : d) x = ~x;
    for (auto &x : d)
      if (++x != 0) break;
  }
  return d;
}

static BigInt *fromTwosComplement(Digits d) {
  bool negative = !d.empty() && (d.back() >> 31);
  if (negative) {
    for (auto &x : d) x = ~x;
    for (auto &x : d)
      if (++x != 0) break;
  }
  return make(d, negative);
}

template <typename Op>
static BigInt *bitwise(BigInt *a, BigInt *b, Op op) {
  size_t width = std::max(a->length, b->length) + 1;
  Digits x = toTwosComplement(a, width), y = toTwosComplement(b, width);
  for (size_t i = 0; i < width; ++i) x[i] = op(x[i], y[i]);
  return fromTwosComplement(x);
}

BigInt *bigintBitAnd(BigInt *a, BigInt *b) { return bitwise(a, b, [](uint32_t x, uint32_t y) { return x & y; }); }
BigInt *bigintBitOr(BigInt *a, BigInt *b) { return bitwise(a, b, [](uint32_t x, uint32_t y) { return x | y; }); }
BigInt *bigintBitXor(BigInt *a, BigInt *b) { return bitwise(a, b, [](uint32_t x, uint32_t y) { return x ^ y; }); }
BigInt *bigintBitNot(BigInt *a) { return bigintSub(bigintNeg(a), bigintFromInt64(1)); }  // ~x == -x - 1

static Result<BigInt *> shift(BigInt *a, BigInt *count, bool left) {
  if (count->isNegative()) left = !left;
  if (count->length > 1) {
    if (left && !a->isZero()) return throwRangeError("Maximum BigInt size exceeded");
    return a->isNegative() && !left ? bigintFromInt64(-1) : make({}, false);
  }
  uint64_t n = count->isZero() ? 0 : count->digits()[0];
  Digits d = digitsOf(a);
  if (left) {
    if (n > MaxBigIntBits) return throwRangeError("Maximum BigInt size exceeded");
    shiftLeftBits(d, n);
    return make(d, a->isNegative());
  }
  // Arithmetic shift right rounds toward -infinity for negative values.
  bool lostBits = false;
  for (uint64_t i = 0; i < n && i < d.size() * 32 && !lostBits; ++i) lostBits = (d[i / 32] >> (i % 32)) & 1;
  shiftRightBits(d, n);
  if (a->isNegative() && lostBits) d = addMagnitude(d, Digits{1});
  return make(d, a->isNegative());
}

Result<BigInt *> bigintShiftLeft(BigInt *a, BigInt *b) { return shift(a, b, true); }
Result<BigInt *> bigintShiftRight(BigInt *a, BigInt *b) { return shift(a, b, false); }

// ---- asIntN / asUintN ----------------------------------------------------------------------
// Both keep the low `bits` bits of the two's complement. Values that already fit are returned as
// they are, so huge widths (up to 2^53 - 1) cost nothing; only a negative value read as unsigned
// must really grow to `bits` bits, and that is bounded by V8's maximum size.

static uint64_t magnitudeBits(BigInt *a) {
  if (a->isZero()) return 0;
  return uint64_t(a->length) * 32 - __builtin_clz(a->digits()[a->length - 1]);
}

// The low `bits` bits of a's two's complement, in ceil(bits / 32) digits.
static Digits lowBits(BigInt *a, uint64_t bits) {
  Digits d = toTwosComplement(a, static_cast<size_t>((bits + 31) / 32));
  if (bits % 32) d.back() &= (uint32_t(1) << (bits % 32)) - 1;
  return d;
}

Result<BigInt *> bigintAsUintN(uint64_t bits, BigInt *a) {
  if (!a->isNegative() && bits >= magnitudeBits(a)) return a;
  if (bits > MaxBigIntBits) return throwRangeError("Maximum BigInt size exceeded");
  return make(lowBits(a, bits), false);
}

BigInt *bigintAsIntN(uint64_t bits, BigInt *a) {
  if (bits == 0) return make({}, false);
  // -2^(bits-1) <= a < 2^(bits-1) holds whenever |a| has fewer than `bits` bits.
  if (bits > magnitudeBits(a)) return a;
  Digits d = lowBits(a, bits);
  bool negative = (d[(bits - 1) / 32] >> ((bits - 1) % 32)) & 1;
  if (negative && bits % 32) d.back() |= ~((uint32_t(1) << (bits % 32)) - 1);
  return fromTwosComplement(d);
}

}  // namespace kiln::rt
