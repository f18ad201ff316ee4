// fdlibm's algorithms for the Math functions where V8 and the C library disagree in the last bit
// (see Fdlibm.cpp).
#pragma once

namespace kiln::rt::fdlibm {

double atan(double x);
double atan2(double y, double x);
double cbrt(double x);
double sin(double x);
double cos(double x);
double tan(double x);
double exp(double x);
double log(double x);
double log1p(double x);
double expm1(double x);
double log2(double x);
double log10(double x);
double pow(double x, double y);
double sinh(double x);
double cosh(double x);
double tanh(double x);
double asin(double x);
double acos(double x);
double asinh(double x);
double acosh(double x);
double atanh(double x);

}  // namespace kiln::rt::fdlibm
