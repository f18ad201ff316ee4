// The operators' semantics for C++ callers (built-ins reuse them); the kiln_op_* entry points in
// Operators.cpp wrap these.
#pragma once

#include "object/Object.h"

namespace kiln::rt {

Result<Value> add(Value a, Value b);
Result<bool> lessThan(Value a, Value b);
Result<bool> lessOrEqual(Value a, Value b);
Result<bool> greaterThan(Value a, Value b);
Result<bool> greaterOrEqual(Value a, Value b);
Result<bool> instanceOf(Value v, Value target);
Result<bool> ordinaryHasInstance(Value constructor, Value v);
double numberExponentiate(double base, double exponent);
double numberRemainder(double a, double b);

// The target of a bound function (see Function.cpp).
Value boundTargetFunction(Function *bound);

}  // namespace kiln::rt
