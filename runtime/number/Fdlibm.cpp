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


// ---- Trigonometric functions ----------------------------------------------------------------
// sin, cos and tan reduce x to y0 + y1 in [-pi/4, pi/4] and a quadrant n (remPio2), then evaluate
// a minimax polynomial on the reduced argument (kernelSin, kernelCos, kernelTan).

namespace {

inline double withLowWord(double x, uint32_t low) { return fromWords(static_cast<uint32_t>(highWord(x)), low); }

// The bits of 2/pi, 24 at a time (enough for any double's reduction).
const int32_t twoOverPi[] = {
    0xA2F983, 0x6E4E44, 0x1529FC, 0x2757D1, 0xF534DD, 0xC0DB62, 0x95993C, 0x439041, 0xFE5163, 0xABDEBB,
    0xC561B7, 0x246E3A, 0x424DD2, 0xE00649, 0x2EEA09, 0xD1921C, 0xFE1DEB, 0x1CB129, 0xA73EE8, 0x8235F5,
    0x2EBB44, 0x84E99C, 0x7026B4, 0x5F7E41, 0x3991D6, 0x398353, 0x39F49C, 0x845F8B, 0xBDF928, 0x3B1FF8,
    0x97FFDE, 0x05980F, 0xEF2F11, 0x8B5A0A, 0x6D1F6D, 0x367ECF, 0x27CB09, 0xB74F46, 0x3F669E, 0x5FEA2D,
    0x7527BA, 0xC7EBE5, 0xF17B3D, 0x0739F7, 0x8A5292, 0xEA6BFB, 0x5FB11F, 0x8D5D08, 0x560330, 0x46FC7B,
    0x6BABF0, 0xCFBC20, 0x9AF436, 0x1DA9E3, 0x91615E, 0xE61B08, 0x659985, 0x5F14A0, 0x68408D, 0xFFD880,
    0x4D7327, 0x310606, 0x1556CA, 0x73A8C9, 0x60E27B, 0xC08C6B,
};

// High words of n * pi/2 for n = 1..32: a reduction near one of these needs more bits of pi/2.
const int32_t nPio2High[] = {
    0x3FF921FB, 0x400921FB, 0x4012D97C, 0x401921FB, 0x401F6A7A, 0x4022D97C, 0x4025FDBB, 0x402921FB,
    0x402C463A, 0x402F6A7A, 0x4031475C, 0x4032D97C, 0x40346B9C, 0x4035FDBB, 0x40378FDB, 0x403921FB,
    0x403AB41B, 0x403C463A, 0x403DD85A, 0x403F6A7A, 0x40407E4C, 0x4041475C, 0x4042106C, 0x4042D97C,
    0x4043A28C, 0x40446B9C, 0x404534AC, 0x4045FDBB, 0x4046C6CB, 0x40478FDB, 0x404858EB, 0x404921FB,
};

// pi/2 in pieces of 24 bits.
const double pio2Pieces[] = {
    1.57079625129699707031e+00, 7.54978941586159635335e-08, 5.39030252995776476554e-15,
    3.28200341580791294123e-22, 1.27065575308067607349e-29, 1.22933308981111328932e-36,
    2.73370053816464559624e-44, 2.16741683877804819444e-51,
};

const double two24 = 1.67772160000000000000e+07;
const double twoMinus24 = 5.96046447753906250000e-08;

// Multi-precision reduction of a large argument (fdlibm's __kernel_rem_pio2, for double precision
// output: y[0] + y[1]). x holds the argument as nx pieces of 24 bits scaled by 2^-e0.
int kernelRemPio2(const double *x, double *y, int e0, int nx) {
  const int jk = 4;  // terms of 2/pi to start with (precision 2)
  const int jp = jk;
  int32_t iq[20];
  double f[20], fq[20], q[20];
  int jx = nx - 1;
  int jv = (e0 - 3) / 24;
  if (jv < 0) jv = 0;
  int q0 = e0 - 24 * (jv + 1);

  // f[0..jx+jk] = twoOverPi[jv-jx .. jv+jk].
  int j = jv - jx, m = jx + jk;
  for (int i = 0; i <= m; i++, j++) f[i] = j < 0 ? 0.0 : static_cast<double>(twoOverPi[j]);
  // q[0..jk] = the products.
  for (int i = 0; i <= jk; i++) {
    double fw = 0.0;
    for (j = 0; j <= jx; j++) fw += x[j] * f[jx + i - j];
    q[i] = fw;
  }

  int jz = jk;
  int n, ih;
  double z, fw;
  for (;;) {
    // Split q into 24-bit integers iq, most significant last.
    int i = 0;
    z = q[jz];
    for (j = jz; j > 0; i++, j--) {
      fw = static_cast<double>(static_cast<int32_t>(twoMinus24 * z));
      iq[i] = static_cast<int32_t>(z - two24 * fw);
      z = q[j - 1] + fw;
    }
    // The integer part, mod 8.
    z = std::scalbn(z, q0);
    z -= 8.0 * std::floor(z * 0.125);
    n = static_cast<int32_t>(z);
    z -= static_cast<double>(n);
    ih = 0;
    if (q0 > 0) {  // need iq[jz-1] to find n
      i = iq[jz - 1] >> (24 - q0);
      n += i;
      iq[jz - 1] -= i << (24 - q0);
      ih = iq[jz - 1] >> (23 - q0);
    } else if (q0 == 0) {
      ih = iq[jz - 1] >> 23;
    } else if (z >= 0.5) {
      ih = 2;
    }
    if (ih > 0) {  // q > 0.5: use 1 - q
      n += 1;
      int carry = 0;
      for (i = 0; i < jz; i++) {
        j = iq[i];
        if (carry == 0) {
          if (j != 0) {
            carry = 1;
            iq[i] = 0x1000000 - j;
          }
        } else {
          iq[i] = 0xffffff - j;
        }
      }
      if (q0 == 1) iq[jz - 1] &= 0x7fffff;
      else if (q0 == 2) iq[jz - 1] &= 0x3fffff;
      if (ih == 2) {
        z = 1.0 - z;
        if (carry != 0) z -= std::scalbn(1.0, q0);
      }
    }
    // Cancellation: recompute with more terms of 2/pi if needed.
    if (z == 0.0) {
      j = 0;
      for (i = jz - 1; i >= jk; i--) j |= iq[i];
      if (j == 0) {
        int k = 1;
        while (iq[jk - k] == 0) k++;
        for (i = jz + 1; i <= jz + k; i++) {
          f[jx + i] = static_cast<double>(twoOverPi[jv + i]);
          fw = 0.0;
          for (j = 0; j <= jx; j++) fw += x[j] * f[jx + i - j];
          q[i] = fw;
        }
        jz += k;
        continue;
      }
    }
    break;
  }

  // Drop zero terms.
  if (z == 0.0) {
    jz -= 1;
    q0 -= 24;
    while (iq[jz] == 0) {
      jz--;
      q0 -= 24;
    }
  } else {  // break z into 24-bit pieces if needed
    z = std::scalbn(z, -q0);
    if (z >= two24) {
      fw = static_cast<double>(static_cast<int32_t>(twoMinus24 * z));
      iq[jz] = static_cast<int32_t>(z - two24 * fw);
      jz += 1;
      q0 += 24;
      iq[jz] = static_cast<int32_t>(fw);
    } else {
      iq[jz] = static_cast<int32_t>(z);
    }
  }

  // q = the fraction as doubles, then fq = q * pi/2.
  fw = std::scalbn(1.0, q0);
  for (int i = jz; i >= 0; i--) {
    q[i] = fw * static_cast<double>(iq[i]);
    fw *= twoMinus24;
  }
  for (int i = jz; i >= 0; i--) {
    fw = 0.0;
    for (int k = 0; k <= jp && k <= jz - i; k++) fw += pio2Pieces[k] * q[i + k];
    fq[jz - i] = fw;
  }
  fw = 0.0;
  for (int i = jz; i >= 0; i--) fw += fq[i];
  y[0] = ih == 0 ? fw : -fw;
  fw = fq[0] - fw;
  for (int i = 1; i <= jz; i++) fw += fq[i];
  y[1] = ih == 0 ? fw : -fw;
  return n & 7;
}

// x - n * pi/2 as y[0] + y[1]; returns n.
int remPio2(double x, double *y) {
  const double invpio2 = fromWords(0x3FE45F30, 0x6DC9C883);  // 2/pi
  const double pio2_1 = fromWords(0x3FF921FB, 0x54400000);   // first 33 bits of pi/2
  const double pio2_1t = fromWords(0x3DD0B461, 0x1A626331);  // pi/2 - pio2_1
  const double pio2_2 = fromWords(0x3DD0B461, 0x1A600000);   // next 33 bits
  const double pio2_2t = fromWords(0x3BA3198A, 0x2E037073);  // pi/2 - (pio2_1 + pio2_2)
  const double pio2_3 = fromWords(0x3BA3198A, 0x2E000000);   // next 33 bits
  const double pio2_3t = fromWords(0x397B839A, 0x252049C1);  // pi/2 - (pio2_1 + pio2_2 + pio2_3)
  int32_t hx = highWord(x);
  int32_t ix = hx & 0x7fffffff;
  if (ix <= 0x3fe921fb) {  // |x| <= pi/4
    y[0] = x;
    y[1] = 0;
    return 0;
  }
  if (ix < 0x4002d97c) {  // |x| < 3pi/4: n = +-1
    if (hx > 0) {
      double z = x - pio2_1;
      if (ix != 0x3ff921fb) {
        y[0] = z - pio2_1t;
        y[1] = (z - y[0]) - pio2_1t;
      } else {  // near pi/2: 33 + 53 bits of pi
        z -= pio2_2;
        y[0] = z - pio2_2t;
        y[1] = (z - y[0]) - pio2_2t;
      }
      return 1;
    }
    double z = x + pio2_1;
    if (ix != 0x3ff921fb) {
      y[0] = z + pio2_1t;
      y[1] = (z - y[0]) + pio2_1t;
    } else {
      z += pio2_2;
      y[0] = z + pio2_2t;
      y[1] = (z - y[0]) + pio2_2t;
    }
    return -1;
  }
  if (ix <= 0x413921fb) {  // |x| <= 2^19 * pi/2: medium size
    double t = std::fabs(x);
    int32_t n = static_cast<int32_t>(t * invpio2 + 0.5);
    double fn = static_cast<double>(n);
    double r = t - fn * pio2_1;
    double w = fn * pio2_1t;  // first round, good to 85 bits
    if (n < 32 && ix != nPio2High[n - 1]) {
      y[0] = r - w;
    } else {
      int32_t j = ix >> 20;
      y[0] = r - w;
      int32_t i = j - ((highWord(y[0]) >> 20) & 0x7ff);
      if (i > 16) {  // second round, good to 118 bits
        t = r;
        w = fn * pio2_2;
        r = t - w;
        w = fn * pio2_2t - ((t - r) - w);
        y[0] = r - w;
        i = j - ((highWord(y[0]) >> 20) & 0x7ff);
        if (i > 49) {  // third round, 151 bits: covers all cases
          t = r;
          w = fn * pio2_3;
          r = t - w;
          w = fn * pio2_3t - ((t - r) - w);
          y[0] = r - w;
        }
      }
    }
    y[1] = (r - y[0]) - w;
    if (hx < 0) {
      y[0] = -y[0];
      y[1] = -y[1];
      return -n;
    }
    return n;
  }
  if (ix >= 0x7ff00000) {  // infinity or NaN
    y[0] = y[1] = x - x;
    return 0;
  }
  // Large: split |x| * 2^-e0 into three 24-bit pieces.
  int32_t e0 = (ix >> 20) - 1046;
  double z = fromWords(static_cast<uint32_t>(ix - (e0 << 20)), lowWord(x));
  double tx[3];
  for (int i = 0; i < 2; i++) {
    tx[i] = static_cast<double>(static_cast<int32_t>(z));
    z = (z - tx[i]) * two24;
  }
  tx[2] = z;
  int nx = 3;
  while (tx[nx - 1] == 0.0) nx--;
  int n = kernelRemPio2(tx, y, e0, nx);
  if (hx < 0) {
    y[0] = -y[0];
    y[1] = -y[1];
    return -n;
  }
  return n;
}

// sin(x + y) on [-pi/4, pi/4], y the tail of x; iy == 0 when y is known to be zero.
double kernelSin(double x, double y, int iy) {
  const double S1 = -1.66666666666666324348e-01, S2 = 8.33333333332248946124e-03,
               S3 = -1.98412698298579493134e-04, S4 = 2.75573137070700676789e-06,
               S5 = -2.50507602534068634195e-08, S6 = 1.58969099521155010221e-10;
  int32_t ix = highWord(x) & 0x7fffffff;
  if (ix < 0x3e400000) {  // |x| < 2^-27
    if (static_cast<int>(x) == 0) return x;
  }
  double z = x * x;
  double v = z * x;
  double r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
  if (iy == 0) return x + v * (S1 + z * r);
  return x - ((z * (0.5 * y - v * r) - y) - v * S1);
}

// cos(x + y) on [-pi/4, pi/4].
double kernelCos(double x, double y) {
  const double C1 = 4.16666666666666019037e-02, C2 = -1.38888888888741095749e-03,
               C3 = 2.48015872894767294178e-05, C4 = -2.75573143513906633035e-07,
               C5 = 2.08757232129817482790e-09, C6 = -1.13596475577881948265e-11;
  int32_t ix = highWord(x) & 0x7fffffff;
  if (ix < 0x3e400000) {  // |x| < 2^-27
    if (static_cast<int>(x) == 0) return 1.0;
  }
  double z = x * x;
  double r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
  if (ix < 0x3FD33333) return 1.0 - (0.5 * z - (z * r - x * y));  // |x| < 0.3
  double qx = ix > 0x3fe90000 ? 0.28125 : fromWords(static_cast<uint32_t>(ix - 0x00200000), 0);  // x/4
  double hz = 0.5 * z - qx;
  double a = 1.0 - qx;
  return a - (hz - (z * r - x * y));
}

// tan(x + y) on [-pi/4, pi/4] if iy == 1, -1/tan(x + y) if iy == -1.
double kernelTan(double x, double y, int iy) {
  static const double T[] = {
      3.33333333333334091986e-01,  1.33333333333201242699e-01,  5.39682539762260521377e-02,
      2.18694882948595424599e-02,  8.86323982359930005737e-03,  3.59207910759131235356e-03,
      1.45620945432529025516e-03,  5.88041240820264096874e-04,  2.46463134818469906812e-04,
      7.81794442939557092300e-05,  7.14072491382608190305e-05,  -1.85586374855275456654e-05,
      2.59073051863633712884e-05,
  };
  const double pio4 = 7.85398163397448278999e-01, pio4lo = 3.06161699786838301793e-17;
  int32_t hx = highWord(x);
  int32_t ix = hx & 0x7fffffff;
  if (ix < 0x3e300000) {  // |x| < 2^-28
    if (static_cast<int>(x) == 0) {
      if (((static_cast<uint32_t>(ix) | lowWord(x)) | static_cast<uint32_t>(iy + 1)) == 0) return 1.0 / std::fabs(x);
      if (iy == 1) return x;
      // -1 / (x + y), carefully.
      double w = x + y;
      double z = withLowWord(w, 0);
      double v = y - (z - x);
      double a = -1.0 / w;
      double t = withLowWord(a, 0);
      double s = 1.0 + t * z;
      return t + a * (s + t * v);
    }
  }
  if (ix >= 0x3FE59428) {  // |x| >= 0.6744: use tan(pi/4 - x)
    if (hx < 0) {
      x = -x;
      y = -y;
    }
    double z = pio4 - x;
    double w = pio4lo - y;
    x = z + w;
    y = 0.0;
  }
  double z = x * x;
  double w = z * z;
  // Split the polynomial into odd and even terms.
  double r = T[1] + w * (T[3] + w * (T[5] + w * (T[7] + w * (T[9] + w * T[11]))));
  double v = z * (T[2] + w * (T[4] + w * (T[6] + w * (T[8] + w * (T[10] + w * T[12])))));
  double s = z * x;
  r = y + z * (s * (r + v) + y);
  r += T[0] * s;
  w = x + r;
  if (ix >= 0x3FE59428) {
    v = static_cast<double>(iy);
    return static_cast<double>(1 - ((hx >> 30) & 2)) * (v - 2.0 * (x - (w * w / (w + v) - r)));
  }
  if (iy == 1) return w;
  // -1 / (x + r), carefully.
  z = withLowWord(w, 0);
  v = r - (z - x);
  double a = -1.0 / w;
  double t = withLowWord(a, 0);
  s = 1.0 + t * z;
  return t + a * (s + t * v);
}

}  // namespace

double sin(double x) {
  int32_t ix = highWord(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) return kernelSin(x, 0.0, 0);
  if (ix >= 0x7ff00000) return x - x;  // NaN
  double y[2];
  switch (remPio2(x, y) & 3) {
  case 0: return kernelSin(y[0], y[1], 1);
  case 1: return kernelCos(y[0], y[1]);
  case 2: return -kernelSin(y[0], y[1], 1);
  default: return -kernelCos(y[0], y[1]);
  }
}

double cos(double x) {
  int32_t ix = highWord(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) return kernelCos(x, 0.0);
  if (ix >= 0x7ff00000) return x - x;  // NaN
  double y[2];
  switch (remPio2(x, y) & 3) {
  case 0: return kernelCos(y[0], y[1]);
  case 1: return -kernelSin(y[0], y[1], 1);
  case 2: return -kernelCos(y[0], y[1]);
  default: return kernelSin(y[0], y[1], 1);
  }
}

double tan(double x) {
  int32_t ix = highWord(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) return kernelTan(x, 0.0, 1);
  if (ix >= 0x7ff00000) return x - x;  // NaN
  double y[2];
  int n = remPio2(x, y);
  return kernelTan(y[0], y[1], 1 - ((n & 1) << 1));  // 1 for even n, -1 for odd
}

// ---- exp and log ----------------------------------------------------------------------------

double exp(double x) {
  const double ln2HI[2] = {fromWords(0x3fe62e42, 0xfee00000), -fromWords(0x3fe62e42, 0xfee00000)};
  const double ln2LO[2] = {fromWords(0x3dea39ef, 0x35793c76), -fromWords(0x3dea39ef, 0x35793c76)};
  const double invln2 = fromWords(0x3ff71547, 0x652b82fe);
  const double halF[2] = {0.5, -0.5};
  const double huge = 1.0e+300;
  const double twom1000 = fromWords(0x01700000, 0);  // 2^-1000
  const double two1023 = fromWords(0x7fe00000, 0);   // 2^1023
  const double o_threshold = 7.09782712893383973096e+02;
  const double u_threshold = -7.45133219101941108420e+02;
  const double P1 = 1.66666666666666019037e-01, P2 = -2.77777777770155933842e-03,
               P3 = 6.61375632143793436117e-05, P4 = -1.65339022054652515390e-06,
               P5 = 4.13813679705723846039e-08;
  int32_t hx = highWord(x);
  int xsb = (hx >> 31) & 1;  // sign of x
  hx &= 0x7fffffff;
  if (hx >= 0x40862E42) {  // |x| >= 709.78
    if (hx >= 0x7ff00000) {
      if (((hx & 0xfffff) | static_cast<int32_t>(lowWord(x))) != 0) return x + x;  // NaN
      return xsb == 0 ? x : 0.0;  // exp(+-inf) = inf, 0
    }
    if (x > o_threshold) return huge * huge;          // overflow
    if (x < u_threshold) return twom1000 * twom1000;  // underflow
  }
  double hi = 0.0, lo = 0.0;
  int k = 0;
  // Reduce x to r = hi - lo in [-ln2/2, ln2/2], x = k ln2 + r.
  if (hx > 0x3fd62e42) {    // |x| > 0.5 ln2
    if (hx < 0x3FF0A2B2) {  // and < 1.5 ln2
      if (x == 1.0) return 2.7182818284590452354;  // V8 special-cases exp(1) to give Math.E exactly
      hi = x - ln2HI[xsb];
      lo = ln2LO[xsb];
      k = 1 - xsb - xsb;
    } else {
      k = static_cast<int>(invln2 * x + halF[xsb]);
      double t = k;
      hi = x - t * ln2HI[0];  // t * ln2HI is exact here
      lo = t * ln2LO[0];
    }
    x = hi - lo;
  } else if (hx < 0x3e300000) {  // |x| < 2^-28
    if (huge + x > 1.0) return 1.0 + x;  // inexact unless x == 0
  } else {
    k = 0;
  }
  double t = x * x;
  double twopk = k >= -1021 ? fromWords(static_cast<uint32_t>(0x3ff00000 + (k << 20)), 0)
                            : fromWords(static_cast<uint32_t>(0x3ff00000 + ((k + 1000) << 20)), 0);
  double c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k == 0) return 1.0 - ((x * c) / (c - 2.0) - x);
  double y = 1.0 - ((lo - (x * c) / (2.0 - c)) - hi);
  if (k >= -1021) {
    if (k == 1024) return y * 2.0 * two1023;
    return y * twopk;
  }
  return y * twopk * twom1000;
}

double log(double x) {
  const double ln2_hi = fromWords(0x3fe62e42, 0xfee00000), ln2_lo = fromWords(0x3dea39ef, 0x35793c76);
  const double two54 = 1.80143985094819840000e+16;
  const double Lg1 = 6.666666666666735130e-01, Lg2 = 3.999999999940941908e-01, Lg3 = 2.857142874366239149e-01,
               Lg4 = 2.222219843214978396e-01, Lg5 = 1.818357216161805012e-01, Lg6 = 1.531383769920937332e-01,
               Lg7 = 1.479819860511658591e-01;
  int32_t hx = highWord(x);
  uint32_t lx = lowWord(x);
  int32_t k = 0;
  if (hx < 0x00100000) {  // x < 2^-1022
    if (((hx & 0x7fffffff) | static_cast<int32_t>(lx)) == 0) return -INFINITY;  // log(+-0)
    if (hx < 0) return NAN;                                                     // log(negative)
    k -= 54;
    x *= two54;  // scale up the subnormal
    hx = highWord(x);
  }
  if (hx >= 0x7ff00000) return x + x;
  k += (hx >> 20) - 1023;
  hx &= 0x000fffff;
  int32_t i = (hx + 0x95f64) & 0x100000;
  x = fromWords(static_cast<uint32_t>(hx | (i ^ 0x3ff00000)), lowWord(x));  // normalize x or x/2
  k += i >> 20;
  double f = x - 1.0;
  double dk;
  if ((0x000fffff & (2 + hx)) < 3) {  // -2^-20 <= f < 2^-20
    if (f == 0.0) {
      if (k == 0) return 0.0;
      dk = k;
      return dk * ln2_hi + dk * ln2_lo;
    }
    double R = f * f * (0.5 - 0.33333333333333333 * f);
    if (k == 0) return f - R;
    dk = k;
    return dk * ln2_hi - ((R - dk * ln2_lo) - f);
  }
  double s = f / (2.0 + f);
  dk = k;
  double z = s * s;
  i = hx - 0x6147a;
  double w = z * z;
  int32_t j = 0x6b851 - hx;
  double t1 = w * (Lg2 + w * (Lg4 + w * Lg6));
  double t2 = z * (Lg1 + w * (Lg3 + w * (Lg5 + w * Lg7)));
  i |= j;
  double R = t2 + t1;
  if (i > 0) {
    double hfsq = 0.5 * f * f;
    if (k == 0) return f - (hfsq - s * (hfsq + R));
    return dk * ln2_hi - ((hfsq - (s * (hfsq + R) + dk * ln2_lo)) - f);
  }
  if (k == 0) return f - s * (f - R);
  return dk * ln2_hi - ((s * (f - R) - dk * ln2_lo) - f);
}


// ---- log1p, expm1, log2, log10 --------------------------------------------------------------

namespace {

inline double withHighWord(double x, uint32_t high) { return fromWords(high, lowWord(x)); }

const double ln2Hi = fromWords(0x3fe62e42, 0xfee00000), ln2Lo = fromWords(0x3dea39ef, 0x35793c76);
const double Lg1 = 6.666666666666735130e-01, Lg2 = 3.999999999940941908e-01, Lg3 = 2.857142874366239149e-01,
             Lg4 = 2.222219843214978396e-01, Lg5 = 1.818357216161805012e-01, Lg6 = 1.531383769920937332e-01,
             Lg7 = 1.479819860511658591e-01;

// log(1 + f) - f + f*f/2 for 1 + f in [sqrt(2)/2, sqrt(2)] (FreeBSD's k_log1p).
double kernelLog1p(double f) {
  double s = f / (2.0 + f);
  double z = s * s;
  double w = z * z;
  double t1 = w * (Lg2 + w * (Lg4 + w * Lg6));
  double t2 = z * (Lg1 + w * (Lg3 + w * (Lg5 + w * Lg7)));
  double R = t2 + t1;
  double hfsq = 0.5 * f * f;
  return s * (hfsq + R);
}

}  // namespace

double log1p(double x) {
  const double two54 = 1.80143985094819840000e+16;
  int32_t hx = highWord(x);
  int32_t ax = hx & 0x7fffffff;
  int32_t k = 1;
  int32_t hu = 0;
  double f = 0.0, c = 0.0;
  if (hx < 0x3FDA827A) {      // 1 + x < sqrt(2)
    if (ax >= 0x3ff00000) {   // x <= -1
      if (x == -1.0) return -INFINITY;
      return NAN;
    }
    if (ax < 0x3e200000) {  // |x| < 2^-29
      if (two54 + x > 0.0 && ax < 0x3c900000) return x;  // |x| < 2^-54
      return x - x * x * 0.5;
    }
    if (hx > 0 || hx <= static_cast<int32_t>(0xbfd2bec4)) {  // sqrt(2)/2 <= 1 + x < sqrt(2)
      k = 0;
      f = x;
      hu = 1;
    }
  }
  if (hx >= 0x7ff00000) return x + x;
  if (k != 0) {
    double u;
    if (hx < 0x43400000) {
      u = 1.0 + x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);  // the rounding error of 1 + x
      c /= u;
    } else {
      u = x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000fffff;
    if (hu < 0x6a09e) {  // u ~< sqrt(2)
      u = withHighWord(u, static_cast<uint32_t>(hu | 0x3ff00000));
    } else {
      k += 1;
      u = withHighWord(u, static_cast<uint32_t>(hu | 0x3fe00000));
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1.0;
  }
  double hfsq = 0.5 * f * f;
  double dk = k;
  if (hu == 0) {  // |f| < 2^-20
    if (f == 0.0) {
      if (k == 0) return 0.0;
      c += dk * ln2Lo;
      return dk * ln2Hi + c;
    }
    double R = hfsq * (1.0 - 0.66666666666666666 * f);
    if (k == 0) return f - R;
    return dk * ln2Hi - ((R - (dk * ln2Lo + c)) - f);
  }
  double s = f / (2.0 + f);
  double z = s * s;
  double R = z * (Lg1 + z * (Lg2 + z * (Lg3 + z * (Lg4 + z * (Lg5 + z * (Lg6 + z * Lg7))))));
  if (k == 0) return f - (hfsq - s * (hfsq + R));
  return dk * ln2Hi - ((hfsq - (s * (hfsq + R) + (dk * ln2Lo + c))) - f);
}

double expm1(double x) {
  const double huge = 1.0e+300, tiny = 1.0e-300;
  const double o_threshold = 7.09782712893383973096e+02;
  const double invln2 = fromWords(0x3ff71547, 0x652b82fe);
  const double two1023 = fromWords(0x7fe00000, 0);
  // Scaled coefficients of the rational approximation of x/(e^x - 1).
  const double Q1 = -3.33333333333331316428e-02, Q2 = 1.58730158725481460165e-03,
               Q3 = -7.93650757867487942473e-05, Q4 = 4.00821782732936239552e-06,
               Q5 = -2.01099218183624371326e-07;
  int32_t hx = highWord(x);
  bool negative = hx < 0;
  hx &= 0x7fffffff;
  if (hx >= 0x4043687A) {    // |x| >= 56 ln2
    if (hx >= 0x40862E42) {  // |x| >= 709.78
      if (hx >= 0x7ff00000) {
        if (((hx & 0xfffff) | static_cast<int32_t>(lowWord(x))) != 0) return x + x;  // NaN
        return negative ? -1.0 : x;
      }
      if (x > o_threshold) return huge * huge;  // overflow
    }
    if (negative && x + tiny < 0.0) return tiny - 1.0;  // x < -56 ln2: -1 (inexact)
  }
  double hi, lo, c = 0.0;
  int32_t k;
  if (hx > 0x3fd62e42) {    // |x| > 0.5 ln2
    if (hx < 0x3FF0A2B2) {  // and < 1.5 ln2
      if (!negative) {
        hi = x - ln2Hi;
        lo = ln2Lo;
        k = 1;
      } else {
        hi = x + ln2Hi;
        lo = -ln2Lo;
        k = -1;
      }
    } else {
      k = static_cast<int32_t>(invln2 * x + (negative ? -0.5 : 0.5));
      double t = k;
      hi = x - t * ln2Hi;  // exact
      lo = t * ln2Lo;
    }
    x = hi - lo;
    c = (hi - x) - lo;
  } else if (hx < 0x3c900000) {  // |x| < 2^-54
    double t = huge + x;          // inexact unless x == 0
    return x - (t - (huge + x));
  } else {
    k = 0;
  }
  double hfx = 0.5 * x;
  double hxs = x * hfx;
  double r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
  double t = 3.0 - r1 * hfx;
  double e = hxs * ((r1 - t) / (6.0 - x * t));
  if (k == 0) return x - (x * e - hxs);
  double twopk = fromWords(static_cast<uint32_t>(0x3ff00000 + (k << 20)), 0);  // 2^k
  e = (x * (e - c) - c);
  e -= hxs;
  if (k == -1) return 0.5 * (x - e) - 0.5;
  if (k == 1) {
    if (x < -0.25) return -2.0 * (e - (x + 0.5));
    return 1.0 + 2.0 * (x - e);
  }
  double y;
  if (k <= -2 || k > 56) {  // 2^k * (1 + r) - 1 ~ 2^k
    y = 1.0 - (e - x);
    if (k == 1024) y = y * 2.0 * two1023;
    else y = y * twopk;
    return y - 1.0;
  }
  if (k < 20) {
    t = fromWords(static_cast<uint32_t>(0x3ff00000 - (0x200000 >> k)), 0);  // 1 - 2^-k
    y = t - (e - x);
    y = y * twopk;
  } else {
    t = fromWords(static_cast<uint32_t>((0x3ff - k) << 20), 0);  // 2^-k
    y = x - (e + t);
    y += 1.0;
    y = y * twopk;
  }
  return y;
}

double log2(double x) {
  const double two54 = 1.80143985094819840000e+16;
  const double ivln2hi = fromWords(0x3ff71547, 0x65200000), ivln2lo = fromWords(0x3de705fc, 0x2eefa200);
  int32_t hx = highWord(x);
  uint32_t lx = lowWord(x);
  int32_t k = 0;
  if (hx < 0x00100000) {  // x < 2^-1022
    if (((hx & 0x7fffffff) | static_cast<int32_t>(lx)) == 0) return -INFINITY;
    if (hx < 0) return NAN;
    k -= 54;
    x *= two54;
    hx = highWord(x);
  }
  if (hx >= 0x7ff00000) return x + x;
  if (hx == 0x3ff00000 && lowWord(x) == 0) return 0.0;  // log2(1) = +0
  k += (hx >> 20) - 1023;
  hx &= 0x000fffff;
  int32_t i = (hx + 0x95f64) & 0x100000;
  x = withHighWord(x, static_cast<uint32_t>(hx | (i ^ 0x3ff00000)));  // normalize x or x/2
  k += i >> 20;
  double y = static_cast<double>(k);
  double f = x - 1.0;
  double hfsq = 0.5 * f * f;
  double r = kernelLog1p(f);
  // f - hfsq split into hi + lo so that hi * ivln2hi is exact.
  double hi = withLowWord(f - hfsq, 0);
  double lo = (f - hi) - hfsq + r;
  double val_hi = hi * ivln2hi;
  double val_lo = (lo + hi) * ivln2lo + lo * ivln2hi;
  double w = y + val_hi;
  val_lo += (y - w) + val_hi;
  val_hi = w;
  return val_lo + val_hi;
}

double log10(double x) {
  const double two54 = 1.80143985094819840000e+16;
  const double ivln10 = fromWords(0x3FDBCB7B, 0x1526E50E);
  const double log10_2hi = fromWords(0x3FD34413, 0x509F6000), log10_2lo = fromWords(0x3D59FEF3, 0x11F12B36);
  int32_t hx = highWord(x);
  uint32_t lx = lowWord(x);
  int32_t k = 0;
  if (hx < 0x00100000) {  // x < 2^-1022
    if (((hx & 0x7fffffff) | static_cast<int32_t>(lx)) == 0) return -INFINITY;
    if (hx < 0) return NAN;
    k -= 54;
    x *= two54;
    hx = highWord(x);
  }
  if (hx >= 0x7ff00000) return x + x;
  k += (hx >> 20) - 1023;
  int32_t i = static_cast<int32_t>((static_cast<uint32_t>(k) & 0x80000000u) >> 31);
  hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
  double y = static_cast<double>(k + i);
  x = withHighWord(x, static_cast<uint32_t>(hx));
  double z = y * log10_2lo + ivln10 * log(x);
  return z + y * log10_2hi;
}


// ---- pow ------------------------------------------------------------------------------------
// x^y = 2^(y log2(x)), with log2(x) and the product carried in extra precision. fdlibm's special
// cases already agree with JS: (+-1)^(+-inf) and 1^NaN are NaN, x^(+-0) is 1 even for NaN x.

double pow(double x, double y) {
  const double bp[] = {1.0, 1.5};
  const double dp_h[] = {0.0, fromWords(0x3FE2B803, 0x40000000)};  // log2(1.5) high
  const double dp_l[] = {0.0, fromWords(0x3E4CFDEB, 0x43CFD006)};  // log2(1.5) low
  const double two53 = 9007199254740992.0;
  const double huge = 1.0e300, tiny = 1.0e-300;
  // Coefficients of log((1 + s)/(1 - s)) = 2s + 2/3 s^3 + s^5 (L1 + s^2 L2 + ...).
  const double L1 = fromWords(0x3FE33333, 0x33333303), L2 = fromWords(0x3FDB6DB6, 0xDB6FABFF),
               L3 = fromWords(0x3FD55555, 0x518F264D), L4 = fromWords(0x3FD17460, 0xA91D4101),
               L5 = fromWords(0x3FCD864A, 0x93C9DB65), L6 = fromWords(0x3FCA7E28, 0x4A454EEF);
  const double P1 = 1.66666666666666019037e-01, P2 = -2.77777777770155933842e-03,
               P3 = 6.61375632143793436117e-05, P4 = -1.65339022054652515390e-06,
               P5 = 4.13813679705723846039e-08;
  const double lg2 = fromWords(0x3FE62E42, 0xFEFA39EF);
  const double lg2_h = fromWords(0x3FE62E43, 0x00000000);
  const double lg2_l = fromWords(0xBE205C61, 0x0CA86C39);
  const double ovt = 8.0085662595372944372e-17;  // -(1024 - log2(overflow + 0.5ulp))
  const double cp = fromWords(0x3FEEC709, 0xDC3A03FD);     // 2/(3 ln2)
  const double cp_h = fromWords(0x3FEEC709, 0xE0000000);   // (float)cp
  const double cp_l = fromWords(0xBE3E2FE0, 0x145B01F5);   // cp - cp_h
  const double ivln2 = fromWords(0x3FF71547, 0x652B82FE);  // 1/ln2
  const double ivln2_h = fromWords(0x3FF71547, 0x60000000);
  const double ivln2_l = fromWords(0x3E54AE0B, 0xF85DDF44);

  int32_t hx = highWord(x), hy = highWord(y);
  uint32_t lx = lowWord(x), ly = lowWord(y);
  int32_t ix = hx & 0x7fffffff, iy = hy & 0x7fffffff;

  if ((static_cast<uint32_t>(iy) | ly) == 0) return 1.0;  // x^0 = 1
  if (ix > 0x7ff00000 || (ix == 0x7ff00000 && lx != 0) || iy > 0x7ff00000 || (iy == 0x7ff00000 && ly != 0))
    return x + y;  // NaN

  // For x < 0: yisint = 0 if y is not an integer, 1 if an odd one, 2 if an even one.
  int yisint = 0;
  if (hx < 0) {
    if (iy >= 0x43400000) {
      yisint = 2;  // |y| >= 2^53: even
    } else if (iy >= 0x3ff00000) {
      int32_t k = (iy >> 20) - 0x3ff;  // exponent
      if (k > 20) {
        uint32_t j = ly >> (52 - k);
        if ((j << (52 - k)) == ly) yisint = 2 - static_cast<int>(j & 1);
      } else if (ly == 0) {
        int32_t j = iy >> (20 - k);
        if ((j << (20 - k)) == iy) yisint = 2 - static_cast<int>(j & 1);
      }
    }
  }

  if (ly == 0) {
    if (iy == 0x7ff00000) {                                                      // y is +-inf
      if (((ix - 0x3ff00000) | static_cast<int32_t>(lx)) == 0) return y - y;  // (+-1)^(+-inf) is NaN
      if (ix >= 0x3ff00000) return hy >= 0 ? y : 0.0;                          // |x| > 1
      return hy < 0 ? -y : 0.0;                                                // |x| < 1
    }
    if (iy == 0x3ff00000) return hy < 0 ? 1.0 / x : x;  // y is +-1
    if (hy == 0x40000000) return x * x;                 // y is 2
    if (hy == 0x3fe00000 && hx >= 0) return std::sqrt(x);  // y is 0.5, x >= +0
  }

  double ax = std::fabs(x);
  if (lx == 0 && (ix == 0x7ff00000 || ix == 0 || ix == 0x3ff00000)) {  // x is +-0, +-inf, +-1
    double z = ax;
    if (hy < 0) z = 1.0 / z;
    if (hx < 0) {
      if (((ix - 0x3ff00000) | yisint) == 0) z = (z - z) / (z - z);  // (-1)^non-integer is NaN
      else if (yisint == 1) z = -z;                                     // (x < 0)^odd = -(|x|^odd)
    }
    return z;
  }

  int32_t n = (hx >> 31) + 1;                              // 0 for negative x, 1 otherwise
  if ((n | yisint) == 0) return (x - x) / (x - x);        // (x < 0)^non-integer is NaN
  double s = 1.0;                                          // the sign of the result
  if ((n | (yisint - 1)) == 0) s = -1.0;                   // (x < 0)^odd

  double t1, t2;
  if (iy > 0x41e00000) {    // |y| > 2^31
    if (iy > 0x43f00000) {  // |y| > 2^64: must overflow or underflow
      if (ix <= 0x3fefffff) return hy < 0 ? huge * huge : tiny * tiny;
      if (ix >= 0x3ff00000) return hy > 0 ? huge * huge : tiny * tiny;
    }
    // Overflow or underflow unless x is close to 1.
    if (ix < 0x3fefffff) return hy < 0 ? s * huge * huge : s * tiny * tiny;
    if (ix > 0x3ff00000) return hy > 0 ? s * huge * huge : s * tiny * tiny;
    // |1 - x| <= 2^-20: log(x) by x - x^2/2 + x^3/3 - x^4/4.
    double t = ax - 1.0;
    double w = (t * t) * (0.5 - t * (0.3333333333333333333333 - t * 0.25));
    double u = ivln2_h * t;  // ivln2_h has 21 significant bits
    double v = t * ivln2_l - w * ivln2;
    t1 = withLowWord(u + v, 0);
    t2 = v - (t1 - u);
  } else {
    n = 0;
    if (ix < 0x00100000) {  // subnormal x
      ax *= two53;
      n -= 53;
      ix = highWord(ax);
    }
    n += (ix >> 20) - 0x3ff;
    int32_t j = ix & 0x000fffff;
    int k;
    ix = j | 0x3ff00000;  // normalize
    if (j <= 0x3988E) {
      k = 0;  // |x| < sqrt(3/2)
    } else if (j < 0xBB67A) {
      k = 1;  // |x| < sqrt(3)
    } else {
      k = 0;
      n += 1;
      ix -= 0x00100000;
    }
    ax = withHighWord(ax, static_cast<uint32_t>(ix));

    // ss = s_h + s_l = (x - 1)/(x + 1) or (x - 1.5)/(x + 1.5).
    double u = ax - bp[k];
    double v = 1.0 / (ax + bp[k]);
    double ss = u * v;
    double s_h = withLowWord(ss, 0);
    // t_h = ax + bp[k], high part.
    double t_h = fromWords(static_cast<uint32_t>(((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18)), 0);
    double t_l = ax - (t_h - bp[k]);
    double s_l = v * ((u - s_h * t_h) - s_h * t_l);
    // log(ax)
    double s2 = ss * ss;
    double r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))));
    r += s_l * (s_h + ss);
    s2 = s_h * s_h;
    t_h = withLowWord(3.0 + s2 + r, 0);
    t_l = r - ((t_h - 3.0) - s2);
    // u + v = ss * (1 + ...)
    u = s_h * t_h;
    v = s_l * t_h + t_l * ss;
    // 2/(3 log2) * (ss + ...)
    double p_h = withLowWord(u + v, 0);
    double p_l = v - (p_h - u);
    double z_h = cp_h * p_h;  // cp_h + cp_l = 2/(3 log2)
    double z_l = cp_l * p_h + p_l * cp + dp_l[k];
    // log2(ax) = (ss + ...) * 2/(3 log2) = n + dp_h + z_h + z_l
    double t = static_cast<double>(n);
    t1 = withLowWord(((z_h + z_l) + dp_h[k]) + t, 0);
    t2 = z_l - (((t1 - t) - dp_h[k]) - z_h);
  }

  // (y1 + y2) * (t1 + t2), y1 having 21 significant bits.
  double y1 = withLowWord(y, 0);
  double p_l = (y - y1) * t1 + y * t2;
  double p_h = y1 * t1;
  double z = p_l + p_h;
  int32_t j = highWord(z);
  int32_t i = static_cast<int32_t>(lowWord(z));
  if (j >= 0x40900000) {  // z >= 1024
    if (((j - 0x40900000) | i) != 0) return s * huge * huge;  // overflow
    if (p_l + ovt > z - p_h) return s * huge * huge;
  } else if ((j & 0x7fffffff) >= 0x4090cc00) {  // z <= -1075
    if (((j - static_cast<int32_t>(0xc090cc00)) | i) != 0) return s * tiny * tiny;  // underflow
    if (p_l <= z - p_h) return s * tiny * tiny;
  }

  // 2^(p_h + p_l)
  i = j & 0x7fffffff;
  int32_t k = (i >> 20) - 0x3ff;
  n = 0;
  if (i > 0x3fe00000) {  // |z| > 0.5: n = [z + 0.5]
    n = j + (0x00100000 >> (k + 1));
    k = ((n & 0x7fffffff) >> 20) - 0x3ff;  // new k for n
    double t = fromWords(static_cast<uint32_t>(n & ~(0x000fffff >> k)), 0);
    n = ((n & 0x000fffff) | 0x00100000) >> (20 - k);
    if (j < 0) n = -n;
    p_h -= t;
  }
  double t = withLowWord(p_l + p_h, 0);
  double u = t * lg2_h;
  double v = (p_l - (t - p_h)) * lg2 + t * lg2_l;
  z = u + v;
  double w = v - (z - u);
  t = z * z;
  t1 = z - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  double r = (z * t1) / ((t1 - 2.0) - (w + z * w));  // V8 groups it so (fdlibm subtracts outside)
  z = 1.0 - (r - z);
  j = highWord(z);
  j += static_cast<int32_t>(static_cast<uint32_t>(n) << 20);
  if ((j >> 20) <= 0) z = std::scalbn(z, n);  // subnormal result
  else z = withHighWord(z, static_cast<uint32_t>(j));
  return s * z;
}

// ---- hyperbolic functions -------------------------------------------------------------------
// V8's sinh, cosh and tanh (fdlibm's e_sinh.c, e_cosh.c, s_tanh.c), built on expm1 and exp above.

double sinh(double x) {
  const double overflow = 710.4758600739439;   // beyond this sinh overflows
  const double twoM28 = 3.725290298461914e-9;  // 2^-28
  const double logMax = 709.7822265625;        // high word 0x40862E42
  const double shuge = 1.0e307;
  double h = x < 0 ? -0.5 : 0.5;
  double ax = std::fabs(x);
  if (ax < 22) {  // sign(x) * 0.5 * (E + E/(E+1)), E = expm1(|x|)
    if (ax < twoM28) return x;
    double t = expm1(ax);
    if (ax < 1) return h * (2.0 * t - t * t / (t + 1.0));
    return h * (t + t / (t + 1.0));
  }
  if (ax < logMax) return h * exp(ax);
  if (ax <= overflow) {  // exp(|x|/2)^2 / 2 without overflowing early
    double w = exp(0.5 * ax);
    double t = h * w;
    return t * w;
  }
  return x * shuge;  // overflow, +-inf or NaN
}

double cosh(double x) {
  const double overflow = 710.4758600739439;
  const double huge = 1.0e300;
  int32_t ix = highWord(x) & 0x7fffffff;
  if (ix < 0x3fd62e43) {  // |x| < 0.5 ln2: 1 + expm1(|x|)^2 / (2 exp(|x|))
    double t = expm1(std::fabs(x));
    double w = 1.0 + t;
    if (ix < 0x3c800000) return w;  // |x| < 2^-55
    return 1.0 + (t * t) / (w + w);
  }
  if (ix < 0x40360000) {  // |x| < 22: (exp(|x|) + 1/exp(|x|)) / 2
    double t = exp(std::fabs(x));
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * exp(std::fabs(x));  // |x| < log(DBL_MAX)
  if (std::fabs(x) <= overflow) {
    double w = exp(0.5 * std::fabs(x));
    double t = 0.5 * w;
    return t * w;
  }
  if (ix >= 0x7ff00000) return x * x;  // inf or NaN
  return huge * huge;
}

double tanh(double x) {
  const double tiny = 1.0e-300, huge = 1.0e300;
  int32_t jx = highWord(x);
  int32_t ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) {  // tanh(+-inf) = +-1, tanh(NaN) = NaN
    if (jx >= 0) return 1.0 / x + 1.0;
    return 1.0 / x - 1.0;
  }
  double z;
  if (ix < 0x40360000) {  // |x| < 22
    if (ix < 0x3e300000) {  // |x| < 2^-28
      if (huge + x > 1.0) return x;
    }
    if (ix >= 0x3ff00000) {  // |x| >= 1
      double t = expm1(2.0 * std::fabs(x));
      z = 1.0 - 2.0 / (t + 2.0);
    } else {
      double t = expm1(-2.0 * std::fabs(x));
      z = -t / (t + 2.0);
    }
  } else {
    z = 1.0 - tiny;  // |x| >= 22: +-1
  }
  return jx >= 0 ? z : -z;
}

// ---- asin and acos --------------------------------------------------------------------------
// fdlibm's e_asin.c and e_acos.c: a rational approximation of (asin(x) - x) / x^3 on [0, 0.5],
// and asin(x) = pi/2 - 2 asin(sqrt((1 - x) / 2)) beyond, with sqrt split for extra precision.

namespace {

const double pio2_hi = fromWords(0x3FF921FB, 0x54442D18), pio2_lo = fromWords(0x3C91A626, 0x33145C07),
             pio4_hi = fromWords(0x3FE921FB, 0x54442D18), pi = fromWords(0x400921FB, 0x54442D18);
const double pS0 = fromWords(0x3FC55555, 0x55555555), pS1 = fromWords(0xBFD4D612, 0x03EB6F7D),
             pS2 = fromWords(0x3FC9C155, 0x0E884455), pS3 = fromWords(0xBFA48228, 0xB5688F3B),
             pS4 = fromWords(0x3F49EFE0, 0x7501B288), pS5 = fromWords(0x3F023DE1, 0x0DFDF709),
             qS1 = fromWords(0xC0033A27, 0x1C8A2D4B), qS2 = fromWords(0x40002AE5, 0x9C598AC8),
             qS3 = fromWords(0xBFE6066C, 0x1B8D0159), qS4 = fromWords(0x3FB3B8C5, 0xB12E9282);

inline double asinP(double t) { return t * (pS0 + t * (pS1 + t * (pS2 + t * (pS3 + t * (pS4 + t * pS5))))); }
inline double asinQ(double t) { return 1.0 + t * (qS1 + t * (qS2 + t * (qS3 + t * qS4))); }

}  // namespace

double asin(double x) {
  int32_t hx = highWord(x);
  int32_t ix = hx & 0x7fffffff;
  if (ix >= 0x3ff00000) {  // |x| >= 1
    if (((ix - 0x3ff00000) | static_cast<int32_t>(lowWord(x))) == 0) return x * pio2_hi + x * pio2_lo;
    return (x - x) / (x - x);  // |x| > 1 or NaN
  }
  if (ix < 0x3fe00000) {  // |x| < 0.5
    if (ix < 0x3e400000) return x;  // |x| < 2^-27
    double t = x * x;
    double w = asinP(t) / asinQ(t);
    return x + x * w;
  }
  // 0.5 <= |x| < 1
  double w = 1.0 - std::fabs(x);
  double t = w * 0.5;
  double p = asinP(t);
  double q = asinQ(t);
  double s = std::sqrt(t);
  if (ix >= 0x3FEF3333) {  // |x| > 0.975
    w = p / q;
    t = pio2_hi - (2.0 * (s + s * w) - pio2_lo);
  } else {
    w = withLowWord(s, 0);
    double c = (t - w * w) / (s + w);
    double r = p / q;
    p = 2.0 * s * r - (pio2_lo - 2.0 * c);
    q = pio4_hi - 2.0 * w;
    t = pio4_hi - (p - q);
  }
  return hx > 0 ? t : -t;
}

double acos(double x) {
  int32_t hx = highWord(x);
  int32_t ix = hx & 0x7fffffff;
  if (ix >= 0x3ff00000) {  // |x| >= 1
    if (((ix - 0x3ff00000) | static_cast<int32_t>(lowWord(x))) == 0) {
      if (hx > 0) return 0.0;
      return pi + 2.0 * pio2_lo;
    }
    return (x - x) / (x - x);  // |x| > 1 or NaN
  }
  if (ix < 0x3fe00000) {  // |x| < 0.5
    if (ix <= 0x3c600000) return pio2_hi + pio2_lo;  // |x| < 2^-57
    double z = x * x;
    double r = asinP(z) / asinQ(z);
    return pio2_hi - (x - (pio2_lo - x * r));
  }
  if (hx < 0) {  // x < -0.5
    double z = (1.0 + x) * 0.5;
    double p = asinP(z), q = asinQ(z);
    double s = std::sqrt(z);
    double r = p / q;
    double w = r * s - pio2_lo;
    return pi - 2.0 * (s + w);
  }
  // x > 0.5
  double z = (1.0 - x) * 0.5;
  double s = std::sqrt(z);
  double df = withLowWord(s, 0);
  double c = (z - df * df) / (s + df);
  double p = asinP(z), q = asinQ(z);
  double r = p / q;
  double w = r * s + c;
  return 2.0 * (df + w);
}

// ---- inverse hyperbolic functions -----------------------------------------------------------
// fdlibm's s_asinh.c, e_acosh.c and e_atanh.c, through log and log1p above.

namespace {
const double ln2 = fromWords(0x3FE62E42, 0xFEFA39EF);
}  // namespace

double asinh(double x) {
  int32_t hx = highWord(x);
  int32_t ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x + x;  // inf or NaN
  if (ix < 0x3e300000) return x;       // |x| < 2^-28
  double w;
  if (ix > 0x41b00000) {  // |x| > 2^28
    w = log(std::fabs(x)) + ln2;
  } else if (ix > 0x40000000) {  // 2 < |x| <= 2^28
    double t = std::fabs(x);
    w = log(2.0 * t + 1.0 / (std::sqrt(x * x + 1.0) + t));
  } else {  // 2^-28 <= |x| <= 2
    double t = x * x;
    w = log1p(std::fabs(x) + t / (1.0 + std::sqrt(1.0 + t)));
  }
  return hx > 0 ? w : -w;
}

double acosh(double x) {
  int32_t hx = highWord(x);
  if (hx < 0x3ff00000) return (x - x) / (x - x);  // x < 1
  if (hx >= 0x41b00000) {                          // x >= 2^28
    if (hx >= 0x7ff00000) return x + x;            // inf or NaN
    return log(x) + ln2;                           // log(2x)
  }
  if (((hx - 0x3ff00000) | static_cast<int32_t>(lowWord(x))) == 0) return 0.0;  // acosh(1)
  if (hx > 0x40000000) {  // 2 < x < 2^28
    double t = x * x;
    return log(2.0 * x - 1.0 / (x + std::sqrt(t - 1.0)));
  }
  double t = x - 1.0;  // 1 < x <= 2
  return log1p(t + std::sqrt(2.0 * t + t * t));
}

double atanh(double x) {
  int32_t hx = highWord(x);
  uint32_t lx = lowWord(x);
  int32_t ix = hx & 0x7fffffff;
  if ((ix | static_cast<int32_t>((lx | (0u - lx)) >> 31)) > 0x3ff00000) return (x - x) / (x - x);  // |x| > 1, NaN
  if (ix == 0x3ff00000) return x / 0.0;  // +-inf
  if (ix < 0x3e300000) return x;         // |x| < 2^-28
  x = fromWords(static_cast<uint32_t>(ix), lx);  // |x|
  double t;
  if (ix < 0x3fe00000) {  // |x| < 0.5
    t = x + x;
    t = 0.5 * log1p(t + t * x / (1.0 - x));
  } else {
    t = 0.5 * log1p((x + x) / (1.0 - x));
  }
  return hx >= 0 ? t : -t;
}

}  // namespace kiln::rt::fdlibm
