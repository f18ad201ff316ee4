// Math functions whose last bit must match V8's. V8 computes Math.* with fdlibm's algorithms
// (src/base/ieee754.cc, from FreeBSD's msun), which are accurate to under one ulp but not always
// correctly rounded, so the C library's (equally valid) answers differ from node's on some
// inputs. These are the same algorithms, written out again; each is checked bit for bit against
// node on many inputs by RuntimeMathTest.cpp. Functions not here still use the C library.
//
// fdlibm: Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved. Developed at
// SunPro, a Sun Microsystems, Inc. business. Permission to use, copy, modify, and distribute this
// software is freely granted, provided that this notice is preserved.
#include "number/Fdlibm.h"

#include <cmath>
#include <cstdint>
#include <cstring>

namespace kiln::rt::fdlibm {

namespace {

inline uint64_t bitsOf(double x) {
  uint64_t b;
  std::memcpy(&b, &x, sizeof b);
  return b;
}
inline double fromBits(uint64_t b) {
  double x;
  std::memcpy(&x, &b, sizeof x);
  return x;
}
inline int32_t highWord(double x) { return static_cast<int32_t>(bitsOf(x) >> 32); }
inline uint32_t lowWord(double x) { return static_cast<uint32_t>(bitsOf(x)); }
inline double fromWords(uint32_t high, uint32_t low) { return fromBits((uint64_t(high) << 32) | low); }

const double atanhi[] = {
    4.63647609000806093515e-01,  // atan(0.5)hi
    7.85398163397448278999e-01,  // atan(1.0)hi
    9.82793723247329054082e-01,  // atan(1.5)hi
    1.57079632679489655800e+00,  // atan(inf)hi
};
const double atanlo[] = {
    2.26987774529616870924e-17,  // atan(0.5)lo
    3.06161699786838301793e-17,  // atan(1.0)lo
    1.39033110312309984516e-17,  // atan(1.5)lo
    6.12323399573676603587e-17,  // atan(inf)lo
};
const double aT[] = {
    3.33333333333329318027e-01,  -1.99999999998764832476e-01, 1.42857142725034663711e-01,
    -1.11111104054623557880e-01, 9.09088713343650656196e-02,  -7.69187620504482999495e-02,
    6.66107313738753120669e-02,  -5.83357013379057348645e-02, 4.97687799461593236017e-02,
    -3.65315727442169155270e-02, 1.62858201153657823623e-02,
};

}  // namespace

double atan(double x) {
  int32_t hx = highWord(x);
  int32_t ix = hx & 0x7fffffff;
  int id;
  if (ix >= 0x44100000) {  // |x| >= 2^66
    if (ix > 0x7ff00000 || (ix == 0x7ff00000 && lowWord(x) != 0)) return x + x;  // NaN
    return hx > 0 ? atanhi[3] + atanlo[3] : -atanhi[3] - atanlo[3];
  }
  if (ix < 0x3fdc0000) {  // |x| < 0.4375
    if (ix < 0x3e400000) return x;  // |x| < 2^-27
    id = -1;
  } else {
    x = std::fabs(x);
    if (ix < 0x3ff30000) {    // |x| < 1.1875
      if (ix < 0x3fe60000) {  // 7/16 <= |x| < 11/16
        id = 0;
        x = (2.0 * x - 1.0) / (2.0 + x);
      } else {  // 11/16 <= |x| < 19/16
        id = 1;
        x = (x - 1.0) / (x + 1.0);
      }
    } else if (ix < 0x40038000) {  // |x| < 2.4375
      id = 2;
      x = (x - 1.5) / (1.0 + 1.5 * x);
    } else {  // 2.4375 <= |x| < 2^66
      id = 3;
      x = -1.0 / x;
    }
  }
  double z = x * x;
  double w = z * z;
  // The sum of aT[i] z^(i+1), split into odd and even polynomials.
  double s1 = z * (aT[0] + w * (aT[2] + w * (aT[4] + w * (aT[6] + w * (aT[8] + w * aT[10])))));
  double s2 = w * (aT[1] + w * (aT[3] + w * (aT[5] + w * (aT[7] + w * aT[9]))));
  if (id < 0) return x - x * (s1 + s2);
  z = atanhi[id] - ((x * (s1 + s2) - atanlo[id]) - x);
  return hx < 0 ? -z : z;
}

double atan2(double y, double x) {
  static const double tiny = 1.0e-300;
  static const double pi_o_4 = 7.8539816339744827900e-01;
  static const double pi_o_2 = 1.5707963267948965580e+00;
  static const double pi = 3.1415926535897931160e+00;
  static const double pi_lo = 1.2246467991473531772e-16;
  int32_t hx = highWord(x), hy = highWord(y);
  uint32_t lx = lowWord(x), ly = lowWord(y);
  int32_t ix = hx & 0x7fffffff, iy = hy & 0x7fffffff;
  if ((static_cast<uint32_t>(ix) | ((lx | (0u - lx)) >> 31)) > 0x7ff00000u ||
      (static_cast<uint32_t>(iy) | ((ly | (0u - ly)) >> 31)) > 0x7ff00000u)
    return x + y;  // x or y is NaN
  if (((hx - 0x3ff00000) | static_cast<int32_t>(lx)) == 0) return atan(y);  // x == 1.0
  int m = ((hy >> 31) & 1) | ((hx >> 30) & 2);  // 2 * sign(x) + sign(y)
  if ((iy | static_cast<int32_t>(ly)) == 0) {   // y == 0
    switch (m) {
    case 0:
    case 1: return y;
    case 2: return pi + tiny;
    default: return -pi - tiny;
    }
  }
  if ((ix | static_cast<int32_t>(lx)) == 0) return hy < 0 ? -pi_o_2 - tiny : pi_o_2 + tiny;  // x == 0
  if (ix == 0x7ff00000) {  // x is infinite
    if (iy == 0x7ff00000) {
      switch (m) {
      case 0: return pi_o_4 + tiny;
      case 1: return -pi_o_4 - tiny;
      case 2: return 3.0 * pi_o_4 + tiny;
      default: return -3.0 * pi_o_4 - tiny;
      }
    }
    switch (m) {
    case 0: return 0.0;
    case 1: return -0.0;
    case 2: return pi + tiny;
    default: return -pi - tiny;
    }
  }
  if (iy == 0x7ff00000) return hy < 0 ? -pi_o_2 - tiny : pi_o_2 + tiny;  // y is infinite
  double z;
  int32_t k = (iy - ix) >> 20;
  if (k > 60) {  // |y / x| > 2^60
    z = pi_o_2 + 0.5 * pi_lo;
    m &= 1;
  } else if (hx < 0 && k < -60) {
    z = 0.0;  // 0 > |y| / x > -2^-60
  } else {
    z = atan(std::fabs(y / x));
  }
  switch (m) {
  case 0: return z;
  case 1: return -z;
  case 2: return pi - (z - pi_lo);
  default: return (z - pi_lo) - pi;
  }
}

double cbrt(double x) {
  static const uint32_t B1 = 715094163;  // (1023 - 1023/3 - 0.03306235651) * 2^20
  static const uint32_t B2 = 696219795;  // (1023 - 1023/3 - 54/3 - 0.03306235651) * 2^20
  // |1/cbrt(x) - p(x)| < 2^-23.5 (~[-7.93e-8, 7.929e-8]).
  static const double P0 = 1.87595182427177009643, P1 = -1.88497979543377169875, P2 = 1.621429720105354466140,
                      P3 = -0.758397934778766047437, P4 = 0.145996192886612446982;
  int32_t hx = highWord(x);
  uint32_t low = lowWord(x);
  uint32_t sign = static_cast<uint32_t>(hx) & 0x80000000u;
  hx &= 0x7fffffff;
  if (hx >= 0x7ff00000) return x + x;  // NaN or infinity
  double t;
  if (hx < 0x00100000) {  // zero or subnormal
    if ((static_cast<uint32_t>(hx) | low) == 0) return x;
    t = fromWords(0x43500000, 0) * x;  // x * 2^54
    uint32_t high = static_cast<uint32_t>(highWord(t));
    t = fromWords(sign | ((high & 0x7fffffff) / 3 + B2), 0);
  } else {
    t = fromWords(sign | (static_cast<uint32_t>(hx) / 3 + B1), 0);
  }
  // New cbrt to 23 bits.
  double r = (t * t) * (t / x);
  t = t * ((P0 + r * (P1 + r * P2)) + ((r * r) * r) * (P3 + r * P4));
  // Round t away from zero to 23 bits.
  t = fromBits((bitsOf(t) + 0x80000000ull) & 0xffffffffc0000000ull);
  // One Newton step to 53 bits, error < 0.667 ulps.
  double s = t * t;
  r = x / s;
  double w = t + t;
  r = (r - t) / (w + r);
  return t + t * r;
}

}  // namespace kiln::rt::fdlibm
