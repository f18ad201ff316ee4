// The abstract conversion operations of ECMAScript section 7.1 (ToPrimitive, ToNumber, ToString,
// ToPropertyKey, ToObject, ...) on any value. Those that can run user code (valueOf, toString,
// Symbol.toPrimitive) return a Result.
#pragma once

#include "exception/Result.h"
#include "object/Object.h"

namespace kiln::rt {

enum class PreferredType { Default, Number, String };
Result<Value> toPrimitive(Value v, PreferredType hint = PreferredType::Default);
Result<double> toNumber(Value v);
Result<Value> toNumeric(Value v);  // a Number value or a BigInt
Result<String *> toString(Value v);
Result<PropertyKey> toPropertyKey(Value v);
Result<Object *> toObject(Value v);
Result<int32_t> toInt32(Value v);
Result<uint32_t> toUint32(Value v);
Result<double> toIntegerOrInfinity(Value v);
bool toBoolean(Value v);
// ToString for values that cannot run code (primitives); objects give "[object Object]"-like text.
String *toStringNoRJS(Value v);
String *typeofString(Value v);
// Number value for a number: int32 when integral.
inline Value toNumberValue(double d) { return numberValue(d); }
// The value as a number when it is one (int32 or double).
inline double numberOf(Value v) { return asNumber(v); }

bool strictEquals(Value a, Value b);
bool sameValueZero(Value a, Value b);
bool sameValue(Value a, Value b);
Result<bool> looseEquals(Value a, Value b);

// GetMethod: undefined when absent or nullish; TypeError when not callable.
Result<Value> getMethod(Value v, PropertyKey key);

}  // namespace kiln::rt
