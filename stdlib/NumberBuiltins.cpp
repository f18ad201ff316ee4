// Number, Boolean, Symbol and BigInt: constructors, statics and prototypes, plus the global
// parseInt/parseFloat (Number.parseInt/parseFloat are the same functions).
#include "Builtins.h"
#include "number/BigInt.h"
#include "number/NumberConversions.h"

#include <double-conversion/double-conversion.h>

#include <cmath>

namespace kiln::rt {

using double_conversion::DoubleToStringConverter;

// ---- parseInt / parseFloat -----------------------------------------------------------------

static double parseIntString(String *s, int32_t radix) {
  uint32_t i = 0, n = s->length;
  while (i < n && isJSWhiteSpaceOrLineTerminator(charAt(s, i))) ++i;
  bool negative = false;
  if (i < n && (charAt(s, i) == '+' || charAt(s, i) == '-')) negative = charAt(s, i++) == '-';
  bool stripPrefix = true;
  if (radix != 0) {
    if (radix < 2 || radix > 36) return NAN;
    if (radix != 16) stripPrefix = false;
  } else {
    radix = 10;
  }
  if (stripPrefix && i + 1 < n && charAt(s, i) == '0' && (charAt(s, i + 1) | 0x20) == 'x') {
    i += 2;
    radix = 16;
  }
  uint32_t start = i;
  std::string digits;
  for (; i < n; ++i) {
    char16_t c = charAt(s, i);
    int d = (c >= '0' && c <= '9') ? c - '0' : ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ? (c | 0x20) - 'a' + 10 : 99;
    if (d >= radix) break;
    digits.push_back(static_cast<char>(c));
  }
  if (i == start) return NAN;
  double result;
  if (radix == 10) {
    // Decimal digits are converted with correct rounding (as V8 does for radix 10).
    double_conversion::StringToDoubleConverter converter(0, 0.0, NAN, nullptr, nullptr);
    int processed;
    result = converter.StringToDouble(digits.c_str(), static_cast<int>(digits.size()), &processed);
  } else {
    result = 0;
    for (char c : digits) result = result * radix + ((c >= '0' && c <= '9') ? c - '0' : (c | 0x20) - 'a' + 10);
  }
  return negative ? -result : result;
}

static Result<Value> parseIntFunction(const CallArgs &args) {
  String *s = KILN_TRY(toString(args[0]));
  int32_t radix = KILN_TRY(toInt32(args[1]));
  return numberValue(parseIntString(s, radix));
}

Result<double> parseIntForFormat(Value v) {
  String *s = KILN_TRY(toString(v));
  return parseIntString(s, 0);
}

static double parseFloatString(String *s) {
  uint32_t i = 0, n = s->length;
  while (i < n && isJSWhiteSpaceOrLineTerminator(charAt(s, i))) ++i;
  std::string text;
  for (uint32_t k = i; k < n && charAt(s, k) < 0x80; ++k) text.push_back(static_cast<char>(charAt(s, k)));
  size_t p = 0;
  if (p < text.size() && (text[p] == '+' || text[p] == '-')) ++p;
  if (text.compare(p, 8, "Infinity") == 0) return text[0] == '-' ? -INFINITY : INFINITY;
  size_t digitsStart = p, intDigits = 0, fracDigits = 0;
  while (p < text.size() && text[p] >= '0' && text[p] <= '9') ++p, ++intDigits;
  if (p < text.size() && text[p] == '.') {
    size_t q = p + 1;
    while (q < text.size() && text[q] >= '0' && text[q] <= '9') ++q, ++fracDigits;
    if (intDigits + fracDigits > 0) p = q;
  }
  if (intDigits + fracDigits == 0) return NAN;
  if (p < text.size() && (text[p] | 0x20) == 'e') {
    size_t q = p + 1;
    if (q < text.size() && (text[q] == '+' || text[q] == '-')) ++q;
    size_t expStart = q;
    while (q < text.size() && text[q] >= '0' && text[q] <= '9') ++q;
    if (q > expStart) p = q;
  }
  (void)digitsStart;
  String *literal = newStringFromUTF8(text.substr(0, p));
  return stringToNumber(literal);
}

static Result<Value> parseFloatFunction(const CallArgs &args) {
  String *s = KILN_TRY(toString(args[0]));
  return numberValue(parseFloatString(s));
}

Result<double> parseFloatForFormat(Value v) {
  String *s = KILN_TRY(toString(v));
  return parseFloatString(s);
}

// ---- Number --------------------------------------------------------------------------------

static bool isNumberValue(Value v) { return isNumber(v); }

static Result<double> thisNumber(const CallArgs &args, const char *method) {
  Value v = KILN_TRY(thisPrimitive(args, CellKind::NumberObject, isNumberValue, method));
  return asNumber(v);
}

static Result<Value> numberConstructor(const CallArgs &args) {
  double n = 0;
  if (args.count > 0) {
    Value prim = KILN_TRY(toNumeric(args[0]));
    n = isBigInt(prim) ? bigintToDouble(asBigInt(prim)) : asNumber(prim);
  }
  if (!args.isConstructCall()) return numberValue(n);
  Object *wrapper = KILN_TRY(toObject(numberValue(n)));
  if (args.newTarget != args.callee) {
    Value p = KILN_TRY(getValueProperty(args.newTarget, keyFromAtom(atoms.prototype)));
    if (isObject(p)) setPrototype(wrapper, asObject(p));
  }
  return cellValue(wrapper);
}

static Result<Value> numberIsFinite(const CallArgs &args) { return boolValue(isNumber(args[0]) && std::isfinite(asNumber(args[0]))); }
static Result<Value> numberIsNaN(const CallArgs &args) { return boolValue(isNumber(args[0]) && std::isnan(asNumber(args[0]))); }
static Result<Value> numberIsInteger(const CallArgs &args) {
  return boolValue(isNumber(args[0]) && std::isfinite(asNumber(args[0])) && std::trunc(asNumber(args[0])) == asNumber(args[0]));
}
static Result<Value> numberIsSafeInteger(const CallArgs &args) {
  if (!isNumber(args[0])) return ValueFalse;
  double d = asNumber(args[0]);
  return boolValue(std::isfinite(d) && std::trunc(d) == d && std::fabs(d) <= 9007199254740991.0);
}

static Result<Value> numberToStringMethod(const CallArgs &args) {
  double x = KILN_TRY(thisNumber(args, "Number.prototype.toString"));
  double radix = isUndefined(args[0]) ? 10 : KILN_TRY(toIntegerOrInfinity(args[0]));
  if (radix < 2 || radix > 36) return throwRangeError("toString() radix argument must be between 2 and 36");
  if (radix == 10) return cellValue(numberToString(x));
  return cellValue(newStringFromUTF8(numberToRadixString(x, static_cast<int>(radix))));
}

static Result<Value> numberToLocaleString(const CallArgs &args) {
  double x = KILN_TRY(thisNumber(args, "Number.prototype.toLocaleString"));
  if (!std::isfinite(x)) return cellValue(numberToString(x));
  // en-US: grouping by thousands, at most three fraction digits (rounded half away from zero).
  char buffer[64];
  double_conversion::StringBuilder builder(buffer, sizeof buffer);
  DoubleToStringConverter::EcmaScriptConverter().ToFixed(std::fabs(x), 3, &builder);
  std::string fixed = builder.Finalize();
  std::string integer = fixed.substr(0, fixed.find('.'));
  std::string fraction = fixed.substr(fixed.find('.') + 1);
  while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
  std::string grouped;
  for (size_t i = 0; i < integer.size(); ++i) {
    if (i && (integer.size() - i) % 3 == 0) grouped.push_back(',');
    grouped.push_back(integer[i]);
  }
  std::string out = (x < 0 && (grouped != "0" || !fraction.empty()) ? "-" : "") + grouped;
  if (!fraction.empty()) out += "." + fraction;
  return cellValue(newStringFromUTF8(out));
}

static Result<Value> numberToFixed(const CallArgs &args) {
  double x = KILN_TRY(thisNumber(args, "Number.prototype.toFixed"));
  double digits = KILN_TRY(toIntegerOrInfinity(args[0]));
  if (digits < 0 || digits > 100) return throwRangeError("toFixed() digits argument must be between 0 and 100");
  if (!std::isfinite(x) || std::fabs(x) >= 1e21) return cellValue(numberToString(x));
  char buffer[256];
  double_conversion::StringBuilder builder(buffer, sizeof buffer);
  DoubleToStringConverter::EcmaScriptConverter().ToFixed(x == 0 ? 0.0 : x, static_cast<int>(digits), &builder);
  return cellValue(newStringFromUTF8(builder.Finalize()));
}

static Result<Value> numberToExponential(const CallArgs &args) {
  double x = KILN_TRY(thisNumber(args, "Number.prototype.toExponential"));
  double digits = KILN_TRY(toIntegerOrInfinity(args[0]));
  if (!std::isfinite(x)) return cellValue(numberToString(x));
  if (digits < 0 || digits > 100) return throwRangeError("toExponential() argument must be between 0 and 100");
  char buffer[256];
  double_conversion::StringBuilder builder(buffer, sizeof buffer);
  DoubleToStringConverter::EcmaScriptConverter().ToExponential(x, isUndefined(args[0]) ? -1 : static_cast<int>(digits),
                                                               &builder);
  return cellValue(newStringFromUTF8(builder.Finalize()));
}

static Result<Value> numberToPrecision(const CallArgs &args) {
  double x = KILN_TRY(thisNumber(args, "Number.prototype.toPrecision"));
  if (isUndefined(args[0])) return cellValue(numberToString(x));
  double precision = KILN_TRY(toIntegerOrInfinity(args[0]));
  if (!std::isfinite(x)) return cellValue(numberToString(x));
  if (precision < 1 || precision > 100) return throwRangeError("toPrecision() argument must be between 1 and 100");
  char buffer[256];
  double_conversion::StringBuilder builder(buffer, sizeof buffer);
  DoubleToStringConverter::EcmaScriptConverter().ToPrecision(x, static_cast<int>(precision), &builder);
  return cellValue(newStringFromUTF8(builder.Finalize()));
}

static Result<Value> numberValueOf(const CallArgs &args) {
  double x = KILN_TRY(thisNumber(args, "Number.prototype.valueOf"));
  return numberValue(x);
}

// ---- Boolean -------------------------------------------------------------------------------

static Result<Value> booleanConstructor(const CallArgs &args) {
  bool b = toBoolean(args[0]);
  if (!args.isConstructCall()) return boolValue(b);
  Object *wrapper = KILN_TRY(toObject(boolValue(b)));
  if (args.newTarget != args.callee) {
    Value p = KILN_TRY(getValueProperty(args.newTarget, keyFromAtom(atoms.prototype)));
    if (isObject(p)) setPrototype(wrapper, asObject(p));
  }
  return cellValue(wrapper);
}

static bool isBooleanValue(Value v) { return isBoolean(v); }

static Result<Value> booleanToString(const CallArgs &args) {
  Value v = KILN_TRY(thisPrimitive(args, CellKind::BooleanObject, isBooleanValue, "Boolean.prototype.toString"));
  return cellValue(asBoolean(v) ? atoms.true_ : atoms.false_);
}

static Result<Value> booleanValueOf(const CallArgs &args) {
  return thisPrimitive(args, CellKind::BooleanObject, isBooleanValue, "Boolean.prototype.valueOf");
}

// ---- Symbol --------------------------------------------------------------------------------

static Object *symbolRegistry;  // Symbol.for: description string → symbol

static Result<Value> symbolConstructor(const CallArgs &args) {
  if (args.isConstructCall()) return throwTypeError("Symbol is not a constructor");
  Value description = isUndefined(args[0]) ? ValueUndefined : cellValue(KILN_TRY(toString(args[0])));
  return cellValue(newSymbol(description));
}

static Result<Value> symbolFor(const CallArgs &args) {
  String *key = KILN_TRY(toString(args[0]));
  PropertyKey registryKey = PropertyKey::fromCell(cellValue(intern(key)));
  OwnProperty existing = getOwnProperty(symbolRegistry, registryKey);
  if (existing.found) return existing.value;
  Value symbol = cellValue(newSymbol(cellValue(key)));
  defineOwnProperty(symbolRegistry, registryKey, symbol);
  return symbol;
}

static Result<Value> symbolKeyFor(const CallArgs &args) {
  if (!isSymbol(args[0])) {
    std::string shown = toUTF8(noSideEffectsToString(args[0]));
    return throwTypeError("%s is not a symbol", shown.c_str());
  }
  return isRegisteredSymbol(args[0]) ? asSymbol(args[0])->description : ValueUndefined;
}

bool isRegisteredSymbol(Value symbol) {
  Value description = asSymbol(symbol)->description;
  if (!symbolRegistry || !isString(description)) return false;
  OwnProperty p = getOwnProperty(symbolRegistry, PropertyKey::fromCell(cellValue(intern(asString(description)))));
  return p.found && p.value == symbol;
}

static bool isSymbolValue(Value v) { return isSymbol(v); }

static Result<Value> symbolToString(const CallArgs &args) {
  Value v = KILN_TRY(thisPrimitive(args, CellKind::SymbolObject, isSymbolValue, "Symbol.prototype.toString"));
  return cellValue(toStringNoRJS(v));
}

static Result<Value> symbolValueOf(const CallArgs &args) {
  return thisPrimitive(args, CellKind::SymbolObject, isSymbolValue, "Symbol.prototype.valueOf");
}

static Result<Value> symbolToPrimitiveMethod(const CallArgs &args) {
  return thisPrimitive(args, CellKind::SymbolObject, isSymbolValue, "Symbol.prototype [ @@toPrimitive ]");
}

static Result<Value> symbolDescription(const CallArgs &args) {
  Value v = KILN_TRY(thisPrimitive(args, CellKind::SymbolObject, isSymbolValue, "Symbol.prototype.description"));
  return asSymbol(v)->description;
}

// ---- BigInt --------------------------------------------------------------------------------

// ToBigInt of a primitive other than a number (the constructor converts integral numbers).
static Result<Value> primitiveToBigInt(Value prim) {
  if (isBigInt(prim)) return prim;
  if (isBoolean(prim)) return cellValue(bigintFromInt64(asBoolean(prim) ? 1 : 0));
  if (isString(prim)) {
    BigInt *b = bigintFromString(asString(prim));
    if (!b) {
      std::string shown = toUTF8(asString(prim));
      return throwError(ErrorKind::SyntaxError, "Cannot convert %s to a BigInt", shown.c_str());
    }
    return cellValue(b);
  }
  std::string shown = toUTF8(toStringNoRJS(prim));
  return throwTypeError("Cannot convert %s to a BigInt", shown.c_str());
}

static Result<Value> bigintConstructor(const CallArgs &args) {
  if (args.isConstructCall()) return throwTypeError("BigInt is not a constructor");
  Value prim = KILN_TRY(toPrimitive(args[0], PreferredType::Number));
  if (isNumber(prim)) {
    double d = asNumber(prim);
    if (!std::isfinite(d) || std::trunc(d) != d) {
      std::string shown = toUTF8(numberToString(d));
      return throwRangeError("The number %s cannot be converted to a BigInt because it is not an integer", shown.c_str());
    }
    return cellValue(bigintFromDouble(d));
  }
  return primitiveToBigInt(prim);
}

// BigInt.asIntN(bits, bigint) and BigInt.asUintN: ToIndex(bits), then ToBigInt(bigint).
template <bool Signed>
static Result<Value> bigintAsN(const CallArgs &args) {
  double bits = isUndefined(args[0]) ? 0 : KILN_TRY(toIntegerOrInfinity(args[0]));
  if (bits < 0 || bits > 9007199254740991.0) return throwRangeError("Invalid value: not (convertible to) a safe integer");
  Value prim = KILN_TRY(toPrimitive(args[1], PreferredType::Number));
  BigInt *b = asBigInt(KILN_TRY(primitiveToBigInt(prim)));
  if (Signed) return cellValue(bigintAsIntN(static_cast<uint64_t>(bits), b));
  return cellValue(KILN_TRY(bigintAsUintN(static_cast<uint64_t>(bits), b)));
}

static bool isBigIntValue(Value v) { return isBigInt(v); }

static Result<Value> bigintToStringMethod(const CallArgs &args) {
  Value v = KILN_TRY(thisPrimitive(args, CellKind::BigIntObject, isBigIntValue, "BigInt.prototype.toString"));
  double radix = isUndefined(args[0]) ? 10 : KILN_TRY(toIntegerOrInfinity(args[0]));
  if (radix < 2 || radix > 36) return throwRangeError("toString() radix must be between 2 and 36");
  return cellValue(bigintToString(asBigInt(v), static_cast<int>(radix)));
}

static Result<Value> bigintValueOf(const CallArgs &args) {
  return thisPrimitive(args, CellKind::BigIntObject, isBigIntValue, "BigInt.prototype.valueOf");
}

void installNumberAndBoolean(Object *global) {
  Object *prototype = realm.numberPrototype;
  Function *ctor = defineConstructor(global, "Number", &nativeEntry<numberConstructor>, 1, prototype);
  const struct {
    const char *name;
    double value;
  } constants[] = {{"EPSILON", 2.220446049250313e-16},
                   {"MAX_SAFE_INTEGER", 9007199254740991.0},
                   {"MIN_SAFE_INTEGER", -9007199254740991.0},
                   {"MAX_VALUE", 1.7976931348623157e308},
                   {"MIN_VALUE", 5e-324},
                   {"NaN", NAN},
                   {"NEGATIVE_INFINITY", -INFINITY},
                   {"POSITIVE_INFINITY", INFINITY}};
  for (auto &c : constants) defineValue(ctor, c.name, numberValue(c.value), 0);
  defineMethods(ctor, {
                          KILN_METHOD("isFinite", numberIsFinite, 1),
                          KILN_METHOD("isInteger", numberIsInteger, 1),
                          KILN_METHOD("isNaN", numberIsNaN, 1),
                          KILN_METHOD("isSafeInteger", numberIsSafeInteger, 1),
                          KILN_METHOD("parseFloat", parseFloatFunction, 1),
                          KILN_METHOD("parseInt", parseIntFunction, 2),
                      });
  defineMethods(prototype, {
                               KILN_METHOD("toExponential", numberToExponential, 1),
                               KILN_METHOD("toFixed", numberToFixed, 1),
                               KILN_METHOD("toPrecision", numberToPrecision, 1),
                               KILN_METHOD("toString", numberToStringMethod, 1),
                               KILN_METHOD("toLocaleString", numberToLocaleString, 0),
                               KILN_METHOD("valueOf", numberValueOf, 0),
                           });

  Object *booleanPrototype = realm.booleanPrototype;
  defineConstructor(global, "Boolean", &nativeEntry<booleanConstructor>, 1, booleanPrototype);
  defineMethods(booleanPrototype, {
                                      KILN_METHOD("toString", booleanToString, 0),
                                      KILN_METHOD("valueOf", booleanValueOf, 0),
                                  });
}

void installSymbolAndBigInt(Object *global) {
  symbolRegistry = newObject(nullptr);
  Object *prototype = realm.symbolPrototype;
  Function *ctor = defineConstructor(global, "Symbol", &nativeEntry<symbolConstructor>, 0, prototype);
  // A constructor only so that `new Symbol()` reaches the code, which throws V8's message.
  defineMethods(ctor, {
                          KILN_METHOD("for", symbolFor, 1),
                          KILN_METHOD("keyFor", symbolKeyFor, 1),
                      });
  const struct {
    const char *name;
    Value symbol;
  } wellKnown[] = {{"asyncIterator", realm.symbolAsyncIterator},
                   {"hasInstance", realm.symbolHasInstance},
                   {"isConcatSpreadable", realm.symbolIsConcatSpreadable},
                   {"iterator", realm.symbolIterator},
                   {"match", realm.symbolMatch},
                   {"matchAll", realm.symbolMatchAll},
                   {"replace", realm.symbolReplace},
                   {"search", realm.symbolSearch},
                   {"species", realm.symbolSpecies},
                   {"split", realm.symbolSplit},
                   {"toPrimitive", realm.symbolToPrimitive},
                   {"toStringTag", realm.symbolToStringTag},
                   {"unscopables", realm.symbolUnscopables},
                   {"dispose", realm.symbolDispose},
                   {"asyncDispose", realm.symbolAsyncDispose}};
  for (auto &w : wellKnown) defineValue(ctor, w.name, w.symbol, 0);
  defineMethods(prototype, {
                               KILN_METHOD("toString", symbolToString, 0),
                               KILN_METHOD("valueOf", symbolValueOf, 0),
                           });
  defineGetter(prototype, "description", &nativeEntry<symbolDescription>);
  defineOwnProperty(prototype, PropertyKey::fromCell(realm.symbolToStringTag), stringValue("Symbol"), Configurable);
  Function *toPrimitive = newNativeFunction(&nativeEntry<symbolToPrimitiveMethod>, newStringFromUTF8("[Symbol.toPrimitive]"), 1);
  defineOwnProperty(prototype, PropertyKey::fromCell(realm.symbolToPrimitive), cellValue(toPrimitive), Configurable);

  Object *bigintPrototype = realm.bigintPrototype;
  Function *bigintCtor = defineConstructor(global, "BigInt", &nativeEntry<bigintConstructor>, 1, bigintPrototype);
  defineMethods(bigintCtor, {
                                KILN_METHOD("asUintN", bigintAsN<false>, 2),
                                KILN_METHOD("asIntN", bigintAsN<true>, 2),
                            });
  defineMethods(bigintPrototype, {
                                     KILN_METHOD("toString", bigintToStringMethod, 0),
                                     KILN_METHOD("toLocaleString", bigintToStringMethod, 0),
                                     KILN_METHOD("valueOf", bigintValueOf, 0),
                                 });
  defineOwnProperty(bigintPrototype, PropertyKey::fromCell(realm.symbolToStringTag), stringValue("BigInt"), Configurable);
}

}  // namespace kiln::rt
