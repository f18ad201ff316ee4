// kiln_double_to_int32 (RuntimeFunctions.def): the cold path of the ToInt32 that generated code
// inlines for the bitwise operators on unboxed numbers. The inline path converts doubles whose
// magnitude is below 2^63 (2^31 on 32-bit targets) with one truncating instruction; everything
// else (large magnitudes, NaN, infinities) comes here for the full modulo-2^32 rule.
#include "kiln/RuntimeFunctions.h"
#include "number/NumberConversions.h"

extern "C" int32_t kiln_double_to_int32(double d) { return kiln::rt::doubleToInt32(d); }
