// Function objects, [[Call]] and [[Construct]], bound functions and rest arrays (`arguments`:
// Arguments.cpp).
//
// Compiled functions and native built-ins share the generic entry
//   V code(V callee, V thisValue, const V *args, U32 argc, V newTarget)
// so calling either is one indirect call. What differs is decided here from Function::flags:
// class constructors refuse [[Call]]; sloppy functions get globalThis for a nullish `this`;
// [[Construct]] makes `this` from newTarget.prototype unless the callee makes its own (built-in
// constructors, derived class constructors).
//
// Deep recursion is caught before the machine stack runs out: call() and construct() compare the
// stack pointer with a limit set at start-up and throw node's RangeError.
#include "exception/StackTrace.h"
#include "heap/Heap.h"
#include "kiln/RuntimeFunctions.h"
#include "object/Realm.h"
#include "ops/Conversions.h"
#include "ops/Operators.h"

#include <sys/resource.h>

// Exported (RuntimeFunctions.def, RUNTIME_VARIABLE; C linkage from its declaration): compiled
// functions compare their frame address with it in their prologue, since direct calls bypass
// kiln_call_rjs. 0: not checked.
uintptr_t kiln_stack_limit = 0;

namespace kiln::rt {

// ---- Stack limit ---------------------------------------------------------------------------

#define stackLimit ::kiln_stack_limit

void initializeStackLimit() {
  uintptr_t here = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  size_t size = 8u << 20;
  struct rlimit limit;
  if (getrlimit(RLIMIT_STACK, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur < size)
    size = limit.rlim_cur;
  size_t margin = size / 8 > (256u << 10) ? (256u << 10) : size / 8;
  stackLimit = here - (size - margin);
}

static inline bool stackExhausted() {
  return reinterpret_cast<uintptr_t>(__builtin_frame_address(0)) < stackLimit;
}

static ThrownTag throwStackOverflow() { return throwRangeError("Maximum call stack size exceeded"); }

bool throwIfStackExhausted() {
  if (!stackExhausted()) return false;
  throwStackOverflow();
  return true;
}

extern "C" uint64_t kiln_throw_stack_overflow() {
  throwStackOverflow();
  return ValueException;
}

// ---- Source text ---------------------------------------------------------------------------

const KilnProgram *mainProgram = nullptr;

// Function.prototype.toString: a compiled function's own source text; for built-ins and bound
// functions, V8's `function name() { [native code] }` forms.
String *functionSourceText(Function *f) {
  if (f->flags & Function::IsBound) return newStringFromUTF8("function () { [native code] }");
  if (!(f->flags & Function::IsNative) && mainProgram) {
    for (uint32_t n = 0; n < mainProgram->functionCount; ++n) {
      const KilnFunctionSource &source = mainProgram->functions[n];
      if (source.code == f->code && source.end <= mainProgram->sourceLength)
        return newStringFromUTF8(mainProgram->sourceText + source.start, source.end - source.start);
    }
  }
  bool isClass = f->flags & (Function::IsClassConstructor | Function::IsDerived);
  StringBuilder b;
  b.appendAscii(isClass ? "class " : "function ");
  b.append(functionName(f));
  b.appendAscii(isClass ? " { [native code] }" : "() { [native code] }");
  return b.build();
}

// ---- Creation ------------------------------------------------------------------------------

static Function *allocateFunction(KilnCode code, void *environment, uint32_t flags) {
  auto *f = static_cast<Function *>(
      newObjectOfKind(CellKind::Function, sizeof(Function), realm.functionPrototype));
  f->code = code;
  f->environment = environment;
  f->flags = flags;
  return f;
}

static void defineLengthAndName(Function *f, uint32_t length, Value name) {
  defineOwnProperty(f, atoms.length, int32Value(static_cast<int32_t>(length)), Configurable);
  defineOwnProperty(f, atoms.name, name, Configurable);
}

Function *newNativeFunction(KilnCode code, String *name, uint32_t length, uint32_t flags) {
  Function *f = allocateFunction(code, nullptr, flags | Function::IsNative | Function::IsStrict);
  defineLengthAndName(f, length, cellValue(name));
  return f;
}

String *functionName(Function *f) {
  Value name = getDataPropertyNoRJS(f, keyFromAtom(atoms.name));
  return isString(name) ? asString(name) : atoms.empty;
}

// ---- Bound functions -----------------------------------------------------------------------

struct BoundFunctionRecord {
  Value target;
  Value boundThis;
  uint32_t count;
  Value args[];
};

static BoundFunctionRecord *boundRecord(Function *f) { return static_cast<BoundFunctionRecord *>(f->environment); }

Value boundTargetFunction(Function *bound) { return boundRecord(bound)->target; }

// args[] prefixed with the bound arguments, in scanned memory.
static Value *joinBoundArguments(BoundFunctionRecord *record, const Value *args, uint32_t argc) {
  Value *all = allocateValues(record->count + argc + 1);
  std::memcpy(all, record->args, record->count * sizeof(Value));
  if (argc) std::memcpy(all + record->count, args, argc * sizeof(Value));
  return all;
}

static uint64_t boundFunctionCode(uint64_t callee, uint64_t, const uint64_t *args, uint32_t argc, uint64_t) {
  BoundFunctionRecord *record = boundRecord(asFunction(callee));
  Value *all = joinBoundArguments(record, args, argc);
  return call(record->target, record->boundThis, all, record->count + argc).abi();
}

Function *newBoundFunction(Value target, Value boundThis, const Value *args, uint32_t argc) {
  auto *record = static_cast<BoundFunctionRecord *>(allocateScanned(sizeof(BoundFunctionRecord) + argc * sizeof(Value)));
  record->target = target;
  record->boundThis = boundThis;
  record->count = argc;
  if (argc) std::memcpy(record->args, args, argc * sizeof(Value));
  uint32_t flags = Function::IsBound | Function::IsNative | Function::IsStrict;
  if (isConstructor(target)) flags |= Function::IsConstructor;
  Function *f = allocateFunction(boundFunctionCode, record, flags);
  setPrototype(f, prototypeOf(asObject(target)));
  return f;
}

// ---- [[Call]] and [[Construct]] ------------------------------------------------------------

// "x is not a function": `calleeText` is the callee's source text when the compiler knows it.
static ThrownTag throwNotCallable(Value callee, const char *what, const char *calleeText) {
  std::string shown = calleeText ? std::string(calleeText) : toUTF8(inspectForMessage(callee));
  return throwTypeError("%s is not a %s", shown.c_str(), what);
}

Result<Value> call(Value callee, Value thisValue, const Value *args, uint32_t argc) {
  return callNamed(callee, thisValue, args, argc, nullptr);
}

Result<Value> construct(Value callee, const Value *args, uint32_t argc, Value newTarget) {
  return constructNamed(callee, args, argc, newTarget, nullptr);
}

Result<Value> callNamed(Value callee, Value thisValue, const Value *args, uint32_t argc, const char *calleeText) {
  if (!isFunction(callee)) return throwNotCallable(callee, "function", calleeText);
  Function *f = asFunction(callee);
  if (f->flags & (Function::IsClassConstructor | Function::IsDerived)) {
    std::string name = toUTF8(functionName(f));
    if (name.empty()) return throwTypeError("Class constructors cannot be invoked without 'new'");
    return throwTypeError("Class constructor %s cannot be invoked without 'new'", name.c_str());
  }
  if (!(f->flags & (Function::IsStrict | Function::IsArrow)) && !isObject(thisValue)) {
    if (isNullish(thisValue)) thisValue = cellValue(realm.globalObject);
    else thisValue = cellValue(KILN_TRY(toObject(thisValue)));
  }
  if (stackExhausted()) return throwStackOverflow();
  if ((f->flags & (Function::IsNative | Function::IsBound | Function::NoStackFrame)) == Function::IsNative) {
    NativeFrame frame(callee, thisValue, ValueUndefined);  // "at Array.map (<anonymous>)"
    return fromABI(f->code(callee, thisValue, args, argc, ValueUndefined));
  }
  return fromABI(f->code(callee, thisValue, args, argc, ValueUndefined));
}

Result<Object *> ordinaryCreateFromConstructor(Value newTarget, Object *fallback) {
  Value prototype = KILN_TRY(getValueProperty(newTarget, keyFromAtom(atoms.prototype)));
  return newObject(isObject(prototype) ? asObject(prototype) : fallback);
}

Result<Value> constructNamed(Value callee, const Value *args, uint32_t argc, Value newTarget, const char *calleeText) {
  if (!isConstructor(callee)) return throwNotCallable(callee, "constructor", calleeText);
  if (isUndefined(newTarget)) newTarget = callee;
  if (stackExhausted()) return throwStackOverflow();
  Function *f = asFunction(callee);
  if (f->flags & Function::IsBound) {
    BoundFunctionRecord *record = boundRecord(f);
    Value *all = joinBoundArguments(record, args, argc);
    return construct(record->target, all, record->count + argc, newTarget == callee ? record->target : newTarget);
  }
  if (f->flags & Function::AllocatesOwnThis) {
    if (!(f->flags & Function::IsNative)) return fromABI(f->code(callee, ValueUndefined, args, argc, newTarget));
    NativeFrame frame(callee, ValueUndefined, newTarget);  // "at new Map (<anonymous>)"
    return fromABI(f->code(callee, ValueUndefined, args, argc, newTarget));
  }
  if (f->flags & Function::IsDerived) {
    Value result = KILN_TRY_ABI(f->code(callee, ValueEmpty, args, argc, newTarget));
    if (isObject(result)) return result;
    if (isUndefined(result) || result == ValueEmpty)
      return throwReferenceError("Must call super constructor in derived class before accessing 'this' or "
                                 "returning from derived constructor");
    return throwTypeError("Derived constructors may only return object or undefined");
  }
  Object *thisObject = KILN_TRY(ordinaryCreateFromConstructor(newTarget, realm.objectPrototype));
  Value result = KILN_TRY_ABI(f->code(callee, cellValue(thisObject), args, argc, newTarget));
  return isObject(result) ? result : cellValue(thisObject);
}

Result<Value *> argumentsFromArray(Value argumentsArray, uint32_t &count) {
  Array *array = asArray(argumentsArray);
  count = array->length;
  Value *values = allocateValues(count + 1);
  for (uint32_t i = 0; i < count; ++i) values[i] = KILN_TRY(getProperty(array, PropertyKey::fromIndex(i)));
  return values;
}

}  // namespace kiln::rt

using namespace kiln::rt;

// ---- Entry points --------------------------------------------------------------------------

extern "C" uint64_t kiln_function_new(void *code, void *environment, uint32_t length, uint64_t name, uint32_t flags) {
  Function *f = allocateFunction(reinterpret_cast<KilnCode>(code), environment, flags);
  defineLengthAndName(f, length, isString(name) ? name : cellValue(atoms.empty));
  // Sloppy `function` functions have own `arguments` and `caller` (null in V8 unless the function
  // is running, which kiln does not track); strict ones inherit Function.prototype's throwers.
  if ((flags & Function::IsConstructor) &&
      !(flags & (Function::IsStrict | Function::IsArrow | Function::IsClassConstructor | Function::IsDerived))) {
    defineOwnProperty(f, atoms.arguments, ValueNull, 0);
    defineOwnProperty(f, atoms.caller, ValueNull, 0);
  }
  if (flags & Function::IsConstructor) {
    Object *prototype = newObject(realm.objectPrototype);
    defineOwnProperty(prototype, atoms.constructor, cellValue(f), Writable | Configurable);
    bool isClass = flags & (Function::IsClassConstructor | Function::IsDerived);
    defineOwnProperty(f, atoms.prototype, cellValue(prototype), isClass ? 0 : Writable);
  }
  return cellValue(f);
}

extern "C" void *kiln_function_environment(uint64_t function) { return asFunction(function)->environment; }

extern "C" uint64_t kiln_call_named_rjs(uint64_t callee, uint64_t thisValue, void *args, uint32_t argc, void *calleeText) {
  return callNamed(callee, thisValue, static_cast<const Value *>(args), argc, static_cast<const char *>(calleeText)).abi();
}

extern "C" uint64_t kiln_construct_named_rjs(uint64_t callee, void *args, uint32_t argc, uint64_t newTarget,
                                             void *calleeText) {
  return constructNamed(callee, static_cast<const Value *>(args), argc, newTarget, static_cast<const char *>(calleeText))
      .abi();
}


static Result<Value> callSpread(Value callee, Value thisValue, Value argumentsArray, const char *calleeText) {
  uint32_t count;
  Value *values = KILN_TRY(argumentsFromArray(argumentsArray, count));
  return callNamed(callee, thisValue, values, count, calleeText);
}

static Result<Value> constructSpread(Value callee, Value argumentsArray, Value newTarget, const char *calleeText) {
  uint32_t count;
  Value *values = KILN_TRY(argumentsFromArray(argumentsArray, count));
  return constructNamed(callee, values, count, newTarget, calleeText);
}

extern "C" uint64_t kiln_call_spread_rjs(uint64_t callee, uint64_t thisValue, uint64_t argumentsArray, void *calleeText) {
  return callSpread(callee, thisValue, argumentsArray, static_cast<const char *>(calleeText)).abi();
}

extern "C" uint64_t kiln_construct_spread_rjs(uint64_t callee, uint64_t argumentsArray, uint64_t newTarget,
                                              void *calleeText) {
  return constructSpread(callee, argumentsArray, newTarget, static_cast<const char *>(calleeText)).abi();
}

extern "C" uint64_t kiln_call_rjs(uint64_t callee, uint64_t thisValue, void *args, uint32_t argc) {
  return call(callee, thisValue, static_cast<const Value *>(args), argc).abi();
}

extern "C" uint64_t kiln_construct_rjs(uint64_t callee, void *args, uint32_t argc, uint64_t newTarget) {
  return construct(callee, static_cast<const Value *>(args), argc, newTarget).abi();
}

extern "C" uint64_t kiln_rest_array(void *args, uint32_t argc, uint32_t from) {
  if (from >= argc) return cellValue(newArray(0));
  return cellValue(newArrayFrom(static_cast<const Value *>(args) + from, argc - from));
}
