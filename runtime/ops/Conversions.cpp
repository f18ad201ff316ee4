// ECMAScript's type conversions (section 7.1) and equality (7.2). Each follows the spec's steps;
// the int32 and string cases come first because they are what programs mostly convert.
#include "ops/Conversions.h"

#include "number/BigInt.h"
#include "number/NumberConversions.h"
#include "object/Realm.h"

#include <cmath>

namespace kiln::rt {

// ---- ToPrimitive ---------------------------------------------------------------------------

Result<Value> getMethod(Value v, PropertyKey key) {
  Value method = KILN_TRY(getValueProperty(v, key));
  if (isNullish(method)) return ValueUndefined;
  if (!isCallable(method)) {  // V8 names the value by its type: "number 5 is not a function"
    std::string text = toUTF8(callSiteForMessage(method));
    return throwTypeError("%s is not a function", text.c_str());
  }
  return method;
}

Result<Value> toPrimitive(Value v, PreferredType hint) {
  if (!isObject(v)) return v;
  Value exotic = KILN_TRY(getMethod(v, PropertyKey::fromCell(realm.symbolToPrimitive)));
  if (exotic != ValueUndefined) {
    String *hintName = hint == PreferredType::String   ? atoms.string
                       : hint == PreferredType::Number ? atoms.number
                                                       : atoms.default_;
    Value arg = cellValue(hintName);
    Value result = KILN_TRY(call(exotic, v, &arg, 1));
    if (isObject(result)) return throwTypeError("Cannot convert object to primitive value");
    return result;
  }
  String *order[2] = {atoms.valueOf, atoms.toString};
  if (hint == PreferredType::String) std::swap(order[0], order[1]);
  for (String *name : order) {
    Value method = KILN_TRY(getProperty(asObject(v), keyFromAtom(name), v));
    if (isCallable(method)) {
      Value result = KILN_TRY(call(method, v, nullptr, 0));
      if (!isObject(result)) return result;
    }
  }
  return throwTypeError("Cannot convert object to primitive value");
}

// ---- ToNumber / ToNumeric ------------------------------------------------------------------

Result<double> toNumber(Value v) {
  if (isInt32(v)) return static_cast<double>(asInt32(v));
  if (isNumber(v)) return asDouble(v);
  if (isUndefined(v)) return NAN;
  if (isNull(v)) return 0.0;
  if (isBoolean(v)) return asBoolean(v) ? 1.0 : 0.0;
  if (isString(v)) return stringToNumber(asString(v));
  if (isSymbol(v)) return throwTypeError("Cannot convert a Symbol value to a number");
  if (isBigInt(v)) return throwTypeError("Cannot convert a BigInt value to a number");
  Value primitive = KILN_TRY(toPrimitive(v, PreferredType::Number));
  return toNumber(primitive);
}

Result<Value> toNumeric(Value v) {
  if (isNumber(v) || isBigInt(v)) return v;
  Value primitive = KILN_TRY(toPrimitive(v, PreferredType::Number));
  if (isBigInt(primitive)) return primitive;
  double d = KILN_TRY(toNumber(primitive));
  return numberValue(d);
}

Result<int32_t> toInt32(Value v) {
  if (isInt32(v)) return asInt32(v);
  double d = KILN_TRY(toNumber(v));
  return doubleToInt32(d);
}

Result<uint32_t> toUint32(Value v) {
  if (isInt32(v)) return static_cast<uint32_t>(asInt32(v));
  double d = KILN_TRY(toNumber(v));
  return doubleToUint32(d);
}

Result<double> toIntegerOrInfinity(Value v) {
  if (isInt32(v)) return static_cast<double>(asInt32(v));
  double d = KILN_TRY(toNumber(v));
  if (std::isnan(d) || d == 0) return 0.0;
  return std::trunc(d);
}

// ---- ToString ------------------------------------------------------------------------------

String *toStringNoRJS(Value v) {
  if (isString(v)) return asString(v);
  if (isNumber(v)) return numberToString(asNumber(v));
  if (isUndefined(v)) return atoms.undefined;
  if (isNull(v)) return atoms.null;
  if (v == ValueTrue) return atoms.true_;
  if (v == ValueFalse) return atoms.false_;
  if (isBigInt(v)) return bigintToString(asBigInt(v));
  if (isSymbol(v)) {
    StringBuilder b;
    b.appendAscii("Symbol(");
    Value d = asSymbol(v)->description;
    if (isString(d)) b.append(asString(d));
    b.append(u')');
    return b.build();
  }
  if (isFunction(v)) return newStringFromUTF8("function");
  if (isArray(v)) return newStringFromUTF8("[object Array]");
  return newStringFromUTF8("[object Object]");
}

Result<String *> toString(Value v) {
  if (isString(v)) return asString(v);
  if (isSymbol(v)) return throwTypeError("Cannot convert a Symbol value to a string");
  if (!isObject(v)) return toStringNoRJS(v);
  Value primitive = KILN_TRY(toPrimitive(v, PreferredType::String));
  return toString(primitive);
}

// ---- ToPropertyKey / ToObject --------------------------------------------------------------

Result<PropertyKey> toPropertyKey(Value v) {
  if (isInt32(v) && asInt32(v) >= 0) return PropertyKey::fromIndex(static_cast<uint32_t>(asInt32(v)));
  if (isString(v)) return keyFromString(asString(v));
  if (isSymbol(v)) return PropertyKey::fromCell(v);
  if (isDouble(v)) {
    double d = asDouble(v);
    if (d >= 0 && d <= 4294967294.0 && d == std::floor(d)) return PropertyKey::fromIndex(static_cast<uint32_t>(d));
    return keyFromString(numberToString(d));
  }
  Value primitive = KILN_TRY(toPrimitive(v, PreferredType::String));
  if (isSymbol(primitive)) return PropertyKey::fromCell(primitive);
  String *s = KILN_TRY(toString(primitive));
  return keyFromString(s);
}

Result<Object *> toObject(Value v) {
  if (isObject(v)) return asObject(v);
  if (isNullish(v)) return throwTypeError("Cannot convert undefined or null to object");
  CellKind kind;
  Object *prototype;
  if (isString(v)) kind = CellKind::StringObject, prototype = realm.stringPrototype;
  else if (isNumber(v)) kind = CellKind::NumberObject, prototype = realm.numberPrototype;
  else if (isBoolean(v)) kind = CellKind::BooleanObject, prototype = realm.booleanPrototype;
  else if (isSymbol(v)) kind = CellKind::SymbolObject, prototype = realm.symbolPrototype;
  else kind = CellKind::BigIntObject, prototype = realm.bigintPrototype;
  auto *wrapper = static_cast<PrimitiveWrapper *>(newObjectOfKind(kind, sizeof(PrimitiveWrapper), prototype));
  wrapper->primitive = v;
  return static_cast<Object *>(wrapper);
}

// ---- ToBoolean / typeof --------------------------------------------------------------------

bool toBoolean(Value v) {
  if (isInt32(v)) return asInt32(v) != 0;
  if (isNumber(v)) {
    double d = asDouble(v);
    return d == d && d != 0;
  }
  if (isBoolean(v)) return asBoolean(v);
  if (isNullish(v)) return false;
  if (isString(v)) return asString(v)->length != 0;
  if (isBigInt(v)) return !asBigInt(v)->isZero();
  return v != ValueEmpty;
}

String *typeofString(Value v) {
  if (isNumber(v)) return atoms.number;
  if (isString(v)) return atoms.string;
  if (isUndefined(v)) return atoms.undefined;
  if (isBoolean(v)) return atoms.boolean;
  if (isNull(v)) return atoms.object;
  if (isSymbol(v)) return atoms.symbol;
  if (isBigInt(v)) return atoms.bigint;
  if (isCallable(v)) return atoms.function;
  return atoms.object;
}

// ---- Equality ------------------------------------------------------------------------------

bool strictEquals(Value a, Value b) {
  if (isNumber(a) && isNumber(b)) {
    if (isInt32(a) && isInt32(b)) return a == b;
    return asNumber(a) == asNumber(b);
  }
  if (a == b) return true;
  if (isString(a) && isString(b)) return equals(asString(a), asString(b));
  if (isBigInt(a) && isBigInt(b)) return bigintEquals(asBigInt(a), asBigInt(b));
  return false;
}

bool sameValueZero(Value a, Value b) {
  if (isNumber(a) && isNumber(b)) {
    double x = asNumber(a), y = asNumber(b);
    return x == y || (x != x && y != y);
  }
  return strictEquals(a, b);
}

bool sameValue(Value a, Value b) {
  if (isNumber(a) && isNumber(b)) {
    double x = asNumber(a), y = asNumber(b);
    if (x == 0 && y == 0) return std::signbit(x) == std::signbit(y);
    return x == y || (x != x && y != y);
  }
  return strictEquals(a, b);
}

Result<bool> looseEquals(Value a, Value b) {
  while (true) {
    if (isNumber(a) && isNumber(b)) return asNumber(a) == asNumber(b);
    if (isString(a) && isString(b)) return equals(asString(a), asString(b));
    if (isNullish(a) || isNullish(b)) return isNullish(a) && isNullish(b);
    if (isObject(a) && isObject(b)) return a == b;
    if (isBoolean(a) && isBoolean(b)) return a == b;
    if (isSymbol(a) && isSymbol(b)) return a == b;
    if (isBigInt(a) && isBigInt(b)) return bigintEquals(asBigInt(a), asBigInt(b));
    if (isNumber(a) && isString(b)) return asNumber(a) == stringToNumber(asString(b));
    if (isString(a) && isNumber(b)) return stringToNumber(asString(a)) == asNumber(b);
    if (isBigInt(a) && isString(b)) {
      BigInt *n = bigintFromString(asString(b));
      return n && bigintEquals(asBigInt(a), n);
    }
    if (isString(a) && isBigInt(b)) {
      std::swap(a, b);
      continue;
    }
    if (isBoolean(a)) {
      a = int32Value(asBoolean(a) ? 1 : 0);
      continue;
    }
    if (isBoolean(b)) {
      b = int32Value(asBoolean(b) ? 1 : 0);
      continue;
    }
    if (isObject(b) && (isNumber(a) || isString(a) || isBigInt(a) || isSymbol(a))) {
      b = KILN_TRY(toPrimitive(b));
      continue;
    }
    if (isObject(a) && (isNumber(b) || isString(b) || isBigInt(b) || isSymbol(b))) {
      a = KILN_TRY(toPrimitive(a));
      continue;
    }
    if (isBigInt(a) && isNumber(b)) {
      bool unordered;
      return bigintCompareToDouble(asBigInt(a), asNumber(b), unordered) == 0 && !unordered;
    }
    if (isNumber(a) && isBigInt(b)) {
      std::swap(a, b);
      continue;
    }
    return false;
  }
}

}  // namespace kiln::rt
