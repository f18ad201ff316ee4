// Error and its native subclasses: the constructors (message, options.cause), Error.prototype's
// name/message/toString, and Error.captureStackTrace.
#include "Builtins.h"
#include "exception/StackTrace.h"

namespace kiln::rt {

void initializeError(Object *error, Value message, Value constructor);
void defineLazyStack(Object *error);

template <int Kind>
static Result<Value> errorConstructor(const CallArgs &args) {
  Value newTarget = args.isConstructCall() ? args.newTarget : args.callee;
  Value prototype = KILN_TRY(getValueProperty(newTarget, keyFromAtom(atoms.prototype)));
  Object *error = newObjectOfKind(CellKind::Error, sizeof(Object),
                                  isObject(prototype) ? asObject(prototype) : realm.errorPrototype[Kind]);
  Value message = ValueUndefined;
  if (!isUndefined(args[0])) message = cellValue(KILN_TRY(toString(args[0])));
  initializeError(error, message, newTarget);
  Value options = args[1];
  if (isObject(options) && hasProperty(asObject(options), keyFromAtom(atoms.cause))) {
    Value cause = KILN_TRY(getProperty(asObject(options), keyFromAtom(atoms.cause)));
    defineOwnProperty(error, atoms.cause, cause, Writable | Configurable);
  }
  return cellValue(error);
}

static Result<Value> errorToString(const CallArgs &args) {
  if (!isObject(args.thisValue)) {
    std::string shown = toUTF8(noSideEffectsToString(args.thisValue));
    return throwTypeError("Method Error.prototype.toString called on incompatible receiver %s", shown.c_str());
  }
  Object *o = asObject(args.thisValue);
  Value name = KILN_TRY(getProperty(o, keyFromAtom(atoms.name)));
  Value message = KILN_TRY(getProperty(o, keyFromAtom(atoms.message)));
  String *n = isUndefined(name) ? atoms.Error : KILN_TRY(toString(name));
  String *m = isUndefined(message) ? atoms.empty : KILN_TRY(toString(message));
  if (n->length == 0) return cellValue(m);
  if (m->length == 0) return cellValue(n);
  StringBuilder b;
  b.append(n);
  b.appendAscii(": ");
  b.append(m);
  return cellValue(b.build());
}

static Result<Value> captureStackTrace(const CallArgs &args) {
  if (!isObject(args[0])) return throwTypeError("Invalid argument");
  captureStackFrames(asObject(args[0]), isFunction(args[1]) ? args[1] : args.callee);
  defineLazyStack(asObject(args[0]));
  return ValueUndefined;
}

void installErrors(Object *global) {
  static constexpr KilnCode constructors[] = {
      &nativeEntry<errorConstructor<0>>, &nativeEntry<errorConstructor<1>>, &nativeEntry<errorConstructor<2>>,
      &nativeEntry<errorConstructor<3>>, &nativeEntry<errorConstructor<4>>, &nativeEntry<errorConstructor<5>>,
      &nativeEntry<errorConstructor<6>>,
  };
  for (int k = 0; k < 7; ++k) {
    const char *name = errorKindName(static_cast<ErrorKind>(k));
    Object *prototype = realm.errorPrototype[k];
    Function *ctor = defineConstructor(global, name, constructors[k], 1, prototype);
    realm.errorConstructor[k] = ctor;
    defineValue(prototype, "name", cellValue(internUTF8(name)));
    defineValue(prototype, "message", cellValue(atoms.empty));
    if (k == 0) {
      defineMethods(prototype, {KILN_METHOD("toString", errorToString, 0)});
      defineMethods(ctor, {KILN_METHOD("captureStackTrace", captureStackTrace, 2)});
      defineValue(ctor, "stackTraceLimit", int32Value(10), Writable | Enumerable | Configurable);
    } else {
      setPrototype(ctor, realm.errorConstructor[0]);
    }
  }
}

}  // namespace kiln::rt
