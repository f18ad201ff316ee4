// Helpers shared by the C++ built-ins: the native-function adapter and property set-up.
//
// A built-in is written as `Result<Value> f(const CallArgs &args)` and exposed through
// nativeEntry<f>, which adapts it to the generic entry every function object holds. The method
// tables of each built-in object are data (arrays of MethodSpec) next to the functions.
#pragma once

#include "object/Realm.h"
#include "ops/Conversions.h"

#include <initializer_list>

namespace kiln::rt {

struct CallArgs {
  Value callee;
  Value thisValue;
  Value newTarget;
  const Value *values;
  uint32_t count;
  Value operator[](uint32_t i) const { return i < count ? values[i] : ValueUndefined; }
  bool isConstructCall() const { return !isUndefined(newTarget); }
};

using Native = Result<Value> (*)(const CallArgs &);

template <Native F>
uint64_t nativeEntry(uint64_t callee, uint64_t thisValue, const uint64_t *args, uint32_t argc, uint64_t newTarget) {
  return F(CallArgs{callee, thisValue, newTarget, args, argc}).abi();
}

struct MethodSpec {
  const char *name;
  KilnCode code;
  uint32_t length;
};
#define KILN_METHOD(Name, Function, Length) ::kiln::rt::MethodSpec{Name, &::kiln::rt::nativeEntry<Function>, Length}

// Non-enumerable, writable, configurable methods, as built-in methods are.
void defineMethods(Object *target, std::initializer_list<MethodSpec> methods);
Function *defineMethod(Object *target, String *name, KilnCode code, uint32_t length);
Function *defineSymbolMethod(Object *target, Value symbol, const char *name, KilnCode code, uint32_t length);
void defineValue(Object *target, const char *name, Value value, uint8_t attributes = Writable | Configurable);
void defineGetter(Object *target, const char *name, KilnCode getter);
// A constructor `name` on the global object, linked both ways with `prototype`.
Function *defineConstructor(Object *global, const char *name, KilnCode code, uint32_t length, Object *prototype,
                            uint32_t flags = Function::AllocatesOwnThis);

inline Value stringValue(const char *utf8) { return cellValue(newStringFromUTF8(utf8)); }

// `this` as a specific primitive type, unwrapping wrapper objects; TypeError otherwise.
Result<Value> thisPrimitive(const CallArgs &args, CellKind wrapperKind, bool (*is)(Value), const char *method);

// Whether a symbol came from Symbol.for (NumberBuiltins.cpp).
bool isRegisteredSymbol(Value symbol);

// The install functions of each built-in file, called by installBuiltins.
void installObject(Object *global);
void installFunction(Object *global);
void installArray(Object *global);
void installString(Object *global);
void installNumberAndBoolean(Object *global);
void installSymbolAndBigInt(Object *global);
void installErrors(Object *global);
void installMath(Object *global);
void installJSON(Object *global);
void installIterators(Object *global);
void installMapAndSet(Object *global);
void installWeakCollections(Object *global);
void installConsole(Object *global);
void installProcess(Object *global);

}  // namespace kiln::rt
