// fdlibm's algorithms for the Math functions where V8 and the C library disagree in the last bit
// (see Fdlibm.cpp).
#pragma once

namespace kiln::rt::fdlibm {

double atan(double x);
double atan2(double y, double x);
double cbrt(double x);

}  // namespace kiln::rt::fdlibm
