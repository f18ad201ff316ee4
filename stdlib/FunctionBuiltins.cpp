// Function.prototype: call, apply, bind, toString. `Function` itself (which compiles source at
// run time) cannot exist in an ahead-of-time compiler: calling it throws.
#include "Builtins.h"
#include "heap/Heap.h"
#include "ops/Operators.h"

namespace kiln::rt {

// CreateListFromArrayLike, into scanned memory (the values must stay visible to the GC).
Result<Value *> arrayLikeToList(Value v, uint32_t &count) {
  if (isNullish(v)) {
    count = 0;
    return static_cast<Value *>(nullptr);
  }
  if (!isObject(v)) return throwTypeError("CreateListFromArrayLike called on non-object");
  Object *o = asObject(v);
  Value lengthValue = KILN_TRY(getProperty(o, keyFromAtom(atoms.length)));
  double length = KILN_TRY(toIntegerOrInfinity(lengthValue));
  if (length < 0) length = 0;
  if (length > 65535 * 16) return throwRangeError("Maximum call stack size exceeded");
  count = static_cast<uint32_t>(length);
  Value *list = allocateValues(count + 1);
  for (uint32_t i = 0; i < count; ++i) list[i] = KILN_TRY(getProperty(o, PropertyKey::fromIndex(i)));
  return list;
}

static Result<Value> functionCall(const CallArgs &args) {
  if (!isCallable(args.thisValue)) return throwTypeError("Function.prototype.call called on non-function");
  return call(args.thisValue, args[0], args.count > 1 ? args.values + 1 : nullptr, args.count > 1 ? args.count - 1 : 0);
}

static Result<Value> functionApply(const CallArgs &args) {
  if (!isCallable(args.thisValue)) return throwTypeError("Function.prototype.apply was called on non-function");
  uint32_t count;
  Value *list = KILN_TRY(arrayLikeToList(args[1], count));
  return call(args.thisValue, args[0], list, count);
}

static Result<Value> functionBind(const CallArgs &args) {
  if (!isCallable(args.thisValue)) return throwTypeError("Bind must be called on a function");
  Object *target = asObject(args.thisValue);
  Function *bound = newBoundFunction(args.thisValue, args[0], args.count > 1 ? args.values + 1 : nullptr,
                                     args.count > 1 ? args.count - 1 : 0);
  double length = 0;
  OwnProperty lengthProperty = getOwnProperty(target, keyFromAtom(atoms.length));
  if (lengthProperty.found) {
    Value l = KILN_TRY(getProperty(target, keyFromAtom(atoms.length)));
    if (isNumber(l)) {
      double d = asNumber(l);
      if (d == INFINITY) length = d;
      else if (d != d) length = 0;
      else {
        double argCount = args.count > 1 ? args.count - 1 : 0;
        length = std::max(0.0, std::trunc(d) - argCount);
      }
    }
  }
  Value name = KILN_TRY(getProperty(target, keyFromAtom(atoms.name)));
  StringBuilder b;
  b.appendAscii("bound ");
  if (isString(name)) b.append(asString(name));
  defineOwnProperty(bound, atoms.length, numberValue(length), Configurable);
  defineOwnProperty(bound, atoms.name, cellValue(b.build()), Configurable);
  return cellValue(bound);
}

static Result<Value> functionToString(const CallArgs &args) {
  if (!isCallable(args.thisValue)) return throwTypeError("Function.prototype.toString requires that 'this' be a Function");
  return cellValue(functionSourceText(asFunction(args.thisValue)));
}

static Result<Value> functionConstructor(const CallArgs &) {
  return throwError(ErrorKind::EvalError, "Code generation from strings disallowed for this context");
}

static Result<Value> functionHasInstance(const CallArgs &args) {
  bool result = KILN_TRY(ordinaryHasInstance(args.thisValue, args[0]));
  return boolValue(result);
}

static Result<Value> throwTypeErrorFunction(const CallArgs &) {  // %ThrowTypeError%
  return throwTypeError("'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions "
                        "or the arguments objects for calls to them");
}

void installFunction(Object *global) {
  Object *prototype = realm.functionPrototype;
  defineConstructor(global, "Function", &nativeEntry<functionConstructor>, 1, prototype);
  defineOwnProperty(prototype, atoms.length, int32Value(0), Configurable);
  defineOwnProperty(prototype, atoms.name, cellValue(atoms.empty), Configurable);
  defineMethods(prototype, {
                               KILN_METHOD("call", functionCall, 1),
                               KILN_METHOD("apply", functionApply, 2),
                               KILN_METHOD("bind", functionBind, 1),
                               KILN_METHOD("toString", functionToString, 0),
                           });
  // V8 shows no frame of their own for call and apply, only the function they call.
  for (const char *name : {"call", "apply"})
    asFunction(getDataPropertyNoRJS(prototype, keyFromAtom(internUTF8(name))))->flags |= Function::NoStackFrame;
  // Function.prototype.arguments and .caller: accessors that throw (AddRestrictedFunctionProperties).
  Value thrower = cellValue(newNativeFunction(&nativeEntry<throwTypeErrorFunction>, atoms.empty, 0));
  makeNonExtensible(asObject(thrower));
  realm.throwTypeError = thrower;
  for (const char *name : {"arguments", "caller"}) {
    PropertyDescriptor d;
    d.hasGet = d.hasSet = true;
    d.getter = d.setter = thrower;
    d.hasEnumerable = d.hasConfigurable = d.configurable = true;
    validateAndDefine(prototype, keyFromString(internUTF8(name)), d);
  }
  Function *hasInstance = newNativeFunction(&nativeEntry<functionHasInstance>, newStringFromUTF8("[Symbol.hasInstance]"), 1);
  defineOwnProperty(prototype, PropertyKey::fromCell(realm.symbolHasInstance), cellValue(hasInstance), 0);
  realm.defaultHasInstance = cellValue(hasInstance);
}

}  // namespace kiln::rt
