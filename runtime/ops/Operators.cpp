// The operator entry points of RuntimeFunctions.def (kiln_op_*), with full ECMAScript semantics on
// every operand type. Each starts with the int32 (or number) fast path; the general path follows
// the spec: ToPrimitive / ToNumeric on the operands, left first, then the Number or BigInt
// operation, and TypeError when a BigInt meets a Number.
#include "kiln/RuntimeFunctions.h"
#include "number/BigInt.h"
#include "number/Fdlibm.h"
#include "number/NumberConversions.h"
#include "object/Realm.h"
#include "ops/Conversions.h"
#include "ops/Operators.h"

#include <cmath>

namespace kiln::rt {

static ThrownTag throwMixedBigInt() {
  return throwTypeError("Cannot mix BigInt and other types, use explicit conversions");
}

double numberExponentiate(double base, double exponent) {
  if (std::isnan(exponent)) return NAN;
  if (exponent == 0) return 1;
  if ((base == 1 || base == -1) && std::isinf(exponent)) return NAN;
  return fdlibm::pow(base, exponent);  // V8's pow, to match node's last bit
}

double numberRemainder(double a, double b) {
  if (std::isnan(a) || std::isnan(b) || std::isinf(a) || b == 0) return NAN;
  if (std::isinf(b) || a == 0) return a;
  return std::fmod(a, b);
}

enum class NumericOp { Sub, Mul, Div, Mod, Exp, Shl, Sar, Shr, And, Or, Xor };

static double applyNumber(NumericOp op, double x, double y) {
  switch (op) {
  case NumericOp::Sub: return x - y;
  case NumericOp::Mul: return x * y;
  case NumericOp::Div: return x / y;
  case NumericOp::Mod: return numberRemainder(x, y);
  case NumericOp::Exp: return numberExponentiate(x, y);
  case NumericOp::Shl: return static_cast<int32_t>(doubleToUint32(x) << (doubleToUint32(y) & 31));
  case NumericOp::Sar: return doubleToInt32(x) >> (doubleToUint32(y) & 31);
  case NumericOp::Shr: return doubleToUint32(x) >> (doubleToUint32(y) & 31);
  case NumericOp::And: return doubleToInt32(x) & doubleToInt32(y);
  case NumericOp::Or: return doubleToInt32(x) | doubleToInt32(y);
  case NumericOp::Xor: return doubleToInt32(x) ^ doubleToInt32(y);
  }
  return NAN;
}

static Result<Value> applyBigInt(NumericOp op, BigInt *x, BigInt *y) {
  BigInt *r;
  switch (op) {
  case NumericOp::Sub: r = bigintSub(x, y); break;
  case NumericOp::Mul: r = bigintMul(x, y); break;
  case NumericOp::Div: r = KILN_TRY(bigintDiv(x, y)); break;
  case NumericOp::Mod: r = KILN_TRY(bigintRem(x, y)); break;
  case NumericOp::Exp: r = KILN_TRY(bigintPow(x, y)); break;
  case NumericOp::Shl: r = KILN_TRY(bigintShiftLeft(x, y)); break;
  case NumericOp::Sar: r = KILN_TRY(bigintShiftRight(x, y)); break;
  case NumericOp::Shr: return throwTypeError("BigInts have no unsigned right shift, use >> instead");
  case NumericOp::And: r = bigintBitAnd(x, y); break;
  case NumericOp::Or: r = bigintBitOr(x, y); break;
  case NumericOp::Xor: r = bigintBitXor(x, y); break;
  default: return ValueUndefined;
  }
  return cellValue(r);
}

static Result<Value> numericBinary(NumericOp op, Value a, Value b) {
  Value x = KILN_TRY(toNumeric(a));
  Value y = KILN_TRY(toNumeric(b));
  if (isBigInt(x) != isBigInt(y)) return throwMixedBigInt();
  if (isBigInt(x)) return applyBigInt(op, asBigInt(x), asBigInt(y));
  return numberValue(applyNumber(op, asNumber(x), asNumber(y)));
}

Result<Value> add(Value a, Value b) {
  if (isInt32(a) && isInt32(b)) {
    int32_t r;
    if (!__builtin_add_overflow(asInt32(a), asInt32(b), &r)) return int32Value(r);
    return doubleValue(double(asInt32(a)) + double(asInt32(b)));
  }
  if (isNumber(a) && isNumber(b)) return numberValue(asNumber(a) + asNumber(b));
  if (isString(a) && isString(b)) return cellValue(KILN_TRY(concat(asString(a), asString(b))));
  Value x = KILN_TRY(toPrimitive(a));
  Value y = KILN_TRY(toPrimitive(b));
  if (isString(x) || isString(y)) {
    String *l = KILN_TRY(toString(x));
    String *r = KILN_TRY(toString(y));
    return cellValue(KILN_TRY(concat(l, r)));
  }
  x = KILN_TRY(toNumeric(x));
  y = KILN_TRY(toNumeric(y));
  if (isBigInt(x) != isBigInt(y)) return throwMixedBigInt();
  if (isBigInt(x)) return cellValue(bigintAdd(asBigInt(x), asBigInt(y)));
  return numberValue(asNumber(x) + asNumber(y));
}

// ---- Relational comparison -----------------------------------------------------------------
// IsLessThan(x, y, LeftFirst): true, false, or undefined (a NaN was involved).
enum class Ordering { Less, NotLess, Undefined };

static Result<Ordering> isLessThan(Value a, Value b, bool leftFirst) {
  Value px, py;
  if (leftFirst) {
    px = KILN_TRY(toPrimitive(a, PreferredType::Number));
    py = KILN_TRY(toPrimitive(b, PreferredType::Number));
  } else {
    py = KILN_TRY(toPrimitive(b, PreferredType::Number));
    px = KILN_TRY(toPrimitive(a, PreferredType::Number));
  }
  if (isString(px) && isString(py)) return compare(asString(px), asString(py)) < 0 ? Ordering::Less : Ordering::NotLess;
  if (isBigInt(px) && isString(py)) {
    BigInt *n = bigintFromString(asString(py));
    if (!n) return Ordering::Undefined;
    return bigintCompare(asBigInt(px), n) < 0 ? Ordering::Less : Ordering::NotLess;
  }
  if (isString(px) && isBigInt(py)) {
    BigInt *n = bigintFromString(asString(px));
    if (!n) return Ordering::Undefined;
    return bigintCompare(n, asBigInt(py)) < 0 ? Ordering::Less : Ordering::NotLess;
  }
  Value nx = KILN_TRY(toNumeric(px));
  Value ny = KILN_TRY(toNumeric(py));
  if (isBigInt(nx) && isBigInt(ny))
    return bigintCompare(asBigInt(nx), asBigInt(ny)) < 0 ? Ordering::Less : Ordering::NotLess;
  if (isBigInt(nx) || isBigInt(ny)) {
    bool unordered;
    int c = isBigInt(nx) ? bigintCompareToDouble(asBigInt(nx), asNumber(ny), unordered)
                         : -bigintCompareToDouble(asBigInt(ny), asNumber(nx), unordered);
    if (unordered) return Ordering::Undefined;
    return c < 0 ? Ordering::Less : Ordering::NotLess;
  }
  double x = asNumber(nx), y = asNumber(ny);
  if (x != x || y != y) return Ordering::Undefined;
  return x < y ? Ordering::Less : Ordering::NotLess;
}

Result<bool> lessThan(Value a, Value b) {  // a < b
  if (isInt32(a) && isInt32(b)) return asInt32(a) < asInt32(b);
  if (isNumber(a) && isNumber(b)) return asNumber(a) < asNumber(b);
  return KILN_TRY(isLessThan(a, b, true)) == Ordering::Less;
}

Result<bool> lessOrEqual(Value a, Value b) {  // a <= b  is  !(b < a), undefined → false
  if (isInt32(a) && isInt32(b)) return asInt32(a) <= asInt32(b);
  if (isNumber(a) && isNumber(b)) return asNumber(a) <= asNumber(b);
  return KILN_TRY(isLessThan(b, a, false)) == Ordering::NotLess;
}

Result<bool> greaterThan(Value a, Value b) {  // a > b  is  b < a, evaluating a first
  if (isInt32(a) && isInt32(b)) return asInt32(a) > asInt32(b);
  if (isNumber(a) && isNumber(b)) return asNumber(a) > asNumber(b);
  return KILN_TRY(isLessThan(b, a, false)) == Ordering::Less;
}

Result<bool> greaterOrEqual(Value a, Value b) {
  if (isInt32(a) && isInt32(b)) return asInt32(a) >= asInt32(b);
  if (isNumber(a) && isNumber(b)) return asNumber(a) >= asNumber(b);
  return KILN_TRY(isLessThan(a, b, true)) == Ordering::NotLess;
}

// ---- instanceof and in ---------------------------------------------------------------------

Result<bool> ordinaryHasInstance(Value constructor, Value v) {
  if (!isCallable(constructor)) return false;
  Function *f = asFunction(constructor);
  if (f->flags & Function::IsBound) return instanceOf(v, boundTargetFunction(f));
  if (!isObject(v)) return false;
  Value prototype = KILN_TRY(getProperty(f, keyFromAtom(atoms.prototype)));
  if (!isObject(prototype)) {
    std::string shown = toUTF8(toStringNoRJS(prototype));
    return throwTypeError("Function has non-object prototype '%s' in instanceof check", shown.c_str());
  }
  for (Object *o = prototypeOf(asObject(v)); o; o = prototypeOf(o))
    if (cellValue(o) == prototype) return true;
  return false;
}

Result<bool> instanceOf(Value v, Value target) {
  if (!isObject(target)) return throwTypeError("Right-hand side of 'instanceof' is not an object");
  Value handler = KILN_TRY(getProperty(asObject(target), PropertyKey::fromCell(realm.symbolHasInstance)));
  if (!isNullish(handler) && handler != realm.defaultHasInstance) {
    if (!isCallable(handler)) {  // GetMethod's error
      std::string shown = toUTF8(callSiteForMessage(handler));
      return throwTypeError("%s is not a function", shown.c_str());
    }
    Value result = KILN_TRY(call(handler, target, &v, 1));
    return toBoolean(result);
  }
  if (!isCallable(target)) return throwTypeError("Right-hand side of 'instanceof' is not callable");
  return ordinaryHasInstance(target, v);
}

}  // namespace kiln::rt

using namespace kiln::rt;

// ---- Entry points --------------------------------------------------------------------------

extern "C" uint64_t kiln_op_add_rjs(uint64_t a, uint64_t b) { return add(a, b).abi(); }

extern "C" uint64_t kiln_op_sub_rjs(uint64_t a, uint64_t b) {
  if (isInt32(a) && isInt32(b)) {
    int32_t r;
    if (!__builtin_sub_overflow(asInt32(a), asInt32(b), &r)) return int32Value(r);
  }
  if (isNumber(a) && isNumber(b)) return numberValue(asNumber(a) - asNumber(b));
  return numericBinary(NumericOp::Sub, a, b).abi();
}

extern "C" uint64_t kiln_op_mul_rjs(uint64_t a, uint64_t b) {
  if (isInt32(a) && isInt32(b)) {
    int32_t r;
    if (!__builtin_mul_overflow(asInt32(a), asInt32(b), &r) && (r != 0 || (asInt32(a) >= 0 && asInt32(b) >= 0)))
      return int32Value(r);
  }
  if (isNumber(a) && isNumber(b)) return numberValue(asNumber(a) * asNumber(b));
  return numericBinary(NumericOp::Mul, a, b).abi();
}

extern "C" uint64_t kiln_op_div_rjs(uint64_t a, uint64_t b) {
  if (isNumber(a) && isNumber(b)) return numberValue(asNumber(a) / asNumber(b));
  return numericBinary(NumericOp::Div, a, b).abi();
}

extern "C" uint64_t kiln_op_mod_rjs(uint64_t a, uint64_t b) {
  if (isInt32(a) && isInt32(b)) {
    int32_t x = asInt32(a), y = asInt32(b);
    if (y > 0 && x >= 0) return int32Value(x % y);
  }
  if (isNumber(a) && isNumber(b)) return numberValue(numberRemainder(asNumber(a), asNumber(b)));
  return numericBinary(NumericOp::Mod, a, b).abi();
}

extern "C" uint64_t kiln_op_exp_rjs(uint64_t a, uint64_t b) {
  if (isNumber(a) && isNumber(b)) return numberValue(numberExponentiate(asNumber(a), asNumber(b)));
  return numericBinary(NumericOp::Exp, a, b).abi();
}

#define KILN_INT32_BINARY(Name, Op, Expr)                                                          \
  extern "C" uint64_t Name(uint64_t a, uint64_t b) {                                               \
    if (isInt32(a) && isInt32(b)) {                                                                \
      int32_t x = asInt32(a), y = asInt32(b);                                                      \
      return Expr;                                                                                 \
    }                                                                                              \
    return numericBinary(NumericOp::Op, a, b).abi();                                               \
  }
KILN_INT32_BINARY(kiln_op_shl_rjs, Shl, int32Value(static_cast<int32_t>(static_cast<uint32_t>(x) << (y & 31))))
KILN_INT32_BINARY(kiln_op_sar_rjs, Sar, int32Value(x >> (y & 31)))
KILN_INT32_BINARY(kiln_op_shr_rjs, Shr, numberValue(static_cast<double>(static_cast<uint32_t>(x) >> (y & 31))))
KILN_INT32_BINARY(kiln_op_bitand_rjs, And, int32Value(x & y))
KILN_INT32_BINARY(kiln_op_bitor_rjs, Or, int32Value(x | y))
KILN_INT32_BINARY(kiln_op_bitxor_rjs, Xor, int32Value(x ^ y))
#undef KILN_INT32_BINARY

static uint64_t boolResult(Result<bool> r) { return r.isThrown() ? ValueException : boolValue(r.value()); }

extern "C" uint64_t kiln_op_lt_rjs(uint64_t a, uint64_t b) { return boolResult(lessThan(a, b)); }
extern "C" uint64_t kiln_op_le_rjs(uint64_t a, uint64_t b) { return boolResult(lessOrEqual(a, b)); }
extern "C" uint64_t kiln_op_gt_rjs(uint64_t a, uint64_t b) { return boolResult(greaterThan(a, b)); }
extern "C" uint64_t kiln_op_ge_rjs(uint64_t a, uint64_t b) { return boolResult(greaterOrEqual(a, b)); }
extern "C" uint64_t kiln_op_loose_eq_rjs(uint64_t a, uint64_t b) { return boolResult(looseEquals(a, b)); }
extern "C" uint64_t kiln_op_strict_eq(uint64_t a, uint64_t b) { return boolValue(strictEquals(a, b)); }
extern "C" uint64_t kiln_op_instanceof_rjs(uint64_t a, uint64_t b) { return boolResult(instanceOf(a, b)); }

static Result<bool> inOperator(Value key, Value object) {
  if (!isObject(object)) {
    std::string k = toUTF8(toStringNoRJS(key));
    std::string o = toUTF8(toStringNoRJS(object));
    return throwTypeError("Cannot use 'in' operator to search for '%s' in %s", k.c_str(), o.c_str());
  }
  PropertyKey k = KILN_TRY(toPropertyKey(key));
  return hasProperty(asObject(object), k);
}
extern "C" uint64_t kiln_op_in_rjs(uint64_t key, uint64_t object) { return boolResult(inOperator(key, object)); }

extern "C" uint64_t kiln_op_typeof(uint64_t a) { return cellValue(typeofString(a)); }

static Result<Value> negate(Value a) {
  Value n = KILN_TRY(toNumeric(a));
  if (isBigInt(n)) return cellValue(bigintNeg(asBigInt(n)));
  return numberValue(-asNumber(n));
}
extern "C" uint64_t kiln_op_neg_rjs(uint64_t a) {
  if (isInt32(a) && asInt32(a) != 0 && asInt32(a) != INT32_MIN) return int32Value(-asInt32(a));
  return negate(a).abi();
}

static Result<Value> unaryPlus(Value a) { return numberValue(KILN_TRY(toNumber(a))); }
extern "C" uint64_t kiln_op_to_number_rjs(uint64_t a) { return isNumber(a) ? a : unaryPlus(a).abi(); }
extern "C" uint64_t kiln_op_to_numeric_rjs(uint64_t a) { return toNumeric(a).abi(); }

static Result<Value> increment(Value a, int32_t delta) {
  Value n = KILN_TRY(toNumeric(a));
  if (isBigInt(n)) return cellValue(bigintAdd(asBigInt(n), bigintFromInt64(delta)));
  return numberValue(asNumber(n) + delta);
}
extern "C" uint64_t kiln_op_inc_rjs(uint64_t a) {
  if (isInt32(a) && asInt32(a) != INT32_MAX) return int32Value(asInt32(a) + 1);
  return increment(a, 1).abi();
}
extern "C" uint64_t kiln_op_dec_rjs(uint64_t a) {
  if (isInt32(a) && asInt32(a) != INT32_MIN) return int32Value(asInt32(a) - 1);
  return increment(a, -1).abi();
}

static Result<Value> bitNot(Value a) {
  Value n = KILN_TRY(toNumeric(a));
  if (isBigInt(n)) return cellValue(bigintBitNot(asBigInt(n)));
  return int32Value(~doubleToInt32(asNumber(n)));
}
extern "C" uint64_t kiln_op_bitnot_rjs(uint64_t a) { return isInt32(a) ? int32Value(~asInt32(a)) : bitNot(a).abi(); }

extern "C" int32_t kiln_to_boolean(uint64_t a) { return toBoolean(a) ? 1 : 0; }

static Result<Value> propertyKeyValue(Value a) {
  if (isString(a) || isSymbol(a) || isInt32(a)) return a;
  PropertyKey key = KILN_TRY(toPropertyKey(a));
  if (key.isIndex() && key.index <= INT32_MAX) return int32Value(static_cast<int32_t>(key.index));
  return keyToValue(key);
}
extern "C" uint64_t kiln_to_property_key_rjs(uint64_t a) { return propertyKeyValue(a).abi(); }

static Result<Value> stringValue(Value a) { return cellValue(KILN_TRY(toString(a))); }
extern "C" uint64_t kiln_to_string_rjs(uint64_t a) { return isString(a) ? a : stringValue(a).abi(); }
