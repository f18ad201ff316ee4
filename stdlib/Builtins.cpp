// Property set-up helpers for the built-ins (see Builtins.h), and installBuiltins, which builds
// the global object's contents in dependency order.
#include "Builtins.h"

#include "number/NumberConversions.h"

#include <cmath>

namespace kiln::rt {

Function *defineMethod(Object *target, String *name, KilnCode code, uint32_t length) {
  Function *f = newNativeFunction(code, name, length);
  defineOwnProperty(target, keyFromString(name), cellValue(f), Writable | Configurable);
  return f;
}

void defineMethods(Object *target, std::initializer_list<MethodSpec> methods) {
  for (const MethodSpec &m : methods) defineMethod(target, internUTF8(m.name), m.code, m.length);
}

Function *defineSymbolMethod(Object *target, Value symbol, const char *name, KilnCode code, uint32_t length) {
  Function *f = newNativeFunction(code, newStringFromUTF8(name), length);
  defineOwnProperty(target, PropertyKey::fromCell(symbol), cellValue(f), Writable | Configurable);
  return f;
}

void defineValue(Object *target, const char *name, Value value, uint8_t attributes) {
  defineOwnProperty(target, keyFromString(internUTF8(name)), value, attributes);
}

void defineGetter(Object *target, const char *name, KilnCode getter) {
  PropertyDescriptor desc;
  desc.hasGet = true;
  desc.getter = cellValue(newNativeFunction(getter, newStringFromUTF8(std::string("get ") + name), 0));
  desc.hasConfigurable = desc.configurable = true;
  desc.hasEnumerable = true;
  validateAndDefine(target, keyFromString(internUTF8(name)), desc);
}

Function *defineConstructor(Object *global, const char *name, KilnCode code, uint32_t length, Object *prototype,
                            uint32_t flags) {
  Function *f = newNativeFunction(code, internUTF8(name), length, flags | Function::IsConstructor);
  defineOwnProperty(f, atoms.prototype, cellValue(prototype), 0);
  defineOwnProperty(prototype, atoms.constructor, cellValue(f), Writable | Configurable);
  defineValue(global, name, cellValue(f));
  return f;
}

Result<Value> thisPrimitive(const CallArgs &args, CellKind wrapperKind, bool (*is)(Value), const char *method) {
  if (is(args.thisValue)) return args.thisValue;
  if (isCellOfKind(args.thisValue, wrapperKind)) return reinterpret_cast<PrimitiveWrapper *>(asCell(args.thisValue))->primitive;
  return throwTypeError("%s requires that 'this' be a %s", method,
                        wrapperKind == CellKind::NumberObject    ? "Number"
                        : wrapperKind == CellKind::StringObject  ? "String"
                        : wrapperKind == CellKind::BooleanObject ? "Boolean"
                        : wrapperKind == CellKind::SymbolObject  ? "Symbol"
                                                                 : "BigInt");
}

// ---- Global functions ----------------------------------------------------------------------

static Result<Value> globalIsNaN(const CallArgs &args) {
  double d = KILN_TRY(toNumber(args[0]));
  return boolValue(std::isnan(d));
}

static Result<Value> globalIsFinite(const CallArgs &args) {
  double d = KILN_TRY(toNumber(args[0]));
  return boolValue(std::isfinite(d));
}


void installBuiltins(Object *global) {
  installObject(global);
  installFunction(global);
  installIterators(global);
  installArray(global);
  installString(global);
  installNumberAndBoolean(global);
  installSymbolAndBigInt(global);
  installErrors(global);
  installMapAndSet(global);
  installWeakCollections(global);
  installMath(global);
  installJSON(global);
  installConsole(global);
  installProcess(global);
  defineValue(global, "globalThis", cellValue(global));
  defineValue(global, "global", cellValue(global));  // node's own name for it
  defineOwnProperty(global, PropertyKey::fromCell(realm.symbolToStringTag), stringValue("global"), Configurable);
  defineValue(global, "NaN", doubleValue(NAN), 0);
  defineValue(global, "Infinity", doubleValue(INFINITY), 0);
  defineValue(global, "undefined", ValueUndefined, 0);
  defineMethods(global, {
                            KILN_METHOD("isNaN", globalIsNaN, 1),
                            KILN_METHOD("isFinite", globalIsFinite, 1),
                        });
  Value parseFloat = getDataPropertyNoRJS(realm.globalObject, keyFromString(internUTF8("Number")));
  if (isObject(parseFloat)) {
    defineValue(global, "parseFloat", getDataPropertyNoRJS(asObject(parseFloat), keyFromString(internUTF8("parseFloat"))));
    defineValue(global, "parseInt", getDataPropertyNoRJS(asObject(parseFloat), keyFromString(internUTF8("parseInt"))));
  }
}

}  // namespace kiln::rt
