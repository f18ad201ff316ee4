// Entry points for object literals and classes: methods and accessors with home objects,
// __proto__ in literals, ClassDefinitionEvaluation's prototype set-up, `super` property access and
// super() calls, derived-constructor results, and private names.
//
// A private name is a Symbol cell flagged Private: it is stored in shapes like any key (so private
// fields get inline caches later for free) but ownPropertyKeys never lists it, so reflection,
// JSON and inspect cannot see it.
#include "heap/Heap.h"
#include "kiln/RuntimeFunctions.h"
#include "object/Realm.h"
#include "ops/Conversions.h"

namespace kiln::rt {

// The function's `name` for a method key: the string, "[description]" for a symbol, with a
// "get "/"set " prefix for accessors.
static String *methodName(PropertyKey key, const char *prefix) {
  StringBuilder b;
  b.appendAscii(prefix);
  Value k = keyToValue(key);
  if (isSymbol(k)) {
    Value description = asSymbol(k)->description;
    if (isString(description)) {
      b.append(u'[');
      b.append(asString(description));
      b.append(u']');
    }
  } else {
    b.append(asString(k));
  }
  return b.build();
}

static std::string privateNameText(Value name) {
  Value description = asSymbol(name)->description;
  std::string text = isString(description) ? toUTF8(asString(description)) : "";
  return text.size() && text[0] == '#' ? text : "#" + text;
}

static Result<Value> classSetup(Value constructor, Value superclass) {
  Object *protoParent = realm.objectPrototype;
  Object *constructorParent = realm.functionPrototype;
  if (superclass != ValueEmpty) {
    if (isNull(superclass)) {
      protoParent = nullptr;
    } else {
      if (!isConstructor(superclass)) {
        std::string shown = toUTF8(noSideEffectsToString(superclass));
        return throwTypeError("Class extends value %s is not a constructor or null", shown.c_str());
      }
      Value parentPrototype = KILN_TRY(getProperty(asObject(superclass), keyFromAtom(atoms.prototype)));
      if (!isObject(parentPrototype) && !isNull(parentPrototype)) {
        std::string shown = toUTF8(inspectForMessage(parentPrototype));
        return throwTypeError("Class extends value does not have valid prototype property %s", shown.c_str());
      }
      protoParent = isNull(parentPrototype) ? nullptr : asObject(parentPrototype);
      constructorParent = asObject(superclass);
    }
  }
  Object *prototype = newObject(protoParent);
  Function *f = asFunction(constructor);
  defineOwnProperty(prototype, atoms.constructor, constructor, Writable | Configurable);
  defineOwnProperty(f, atoms.prototype, cellValue(prototype), 0);
  f->homeObject = cellValue(prototype);  // super.x in the constructor (MakeMethod(F, proto))
  setPrototype(f, constructorParent);
  return cellValue(prototype);
}

static Result<Value> superConstruct(Value activeFunction, Value argsArray, Value newTarget) {
  Object *parent = prototypeOf(asObject(activeFunction));
  Value parentValue = parent ? cellValue(parent) : ValueNull;
  if (!isConstructor(parentValue)) {
    // extends null leaves Function.prototype as the parent; V8 calls it null.
    bool isNullParent = !parent || parent == realm.functionPrototype;
    std::string shown = toUTF8(isNullParent ? atoms.null : inspectForMessage(parentValue));
    std::string name = toUTF8(functionName(asFunction(activeFunction)));
    return throwTypeError("Super constructor %s of %s is not a constructor", shown.c_str(),
                          name.empty() ? "anonymous class" : name.c_str());
  }
  uint32_t count;
  Value *values = KILN_TRY(argumentsFromArray(argsArray, count));
  return construct(parentValue, values, count, newTarget);
}

static Result<Value> superGet(Value homeObject, Value key, Value thisValue) {
  PropertyKey k = KILN_TRY(toPropertyKey(key));
  Object *base = isObject(homeObject) ? prototypeOf(asObject(homeObject)) : nullptr;
  if (!base) {
    std::string name = toUTF8(toStringNoRJS(keyToValue(k)));
    return throwTypeError("Cannot read properties of null (reading '%s')", name.c_str());
  }
  return getProperty(base, k, thisValue);
}

static Result<Value> superSet(Value homeObject, Value key, Value value, Value thisValue) {
  PropertyKey k = KILN_TRY(toPropertyKey(key));
  Object *base = isObject(homeObject) ? prototypeOf(asObject(homeObject)) : nullptr;
  if (!base) {
    std::string name = toUTF8(toStringNoRJS(keyToValue(k)));
    return throwTypeError("Cannot set properties of null (setting '%s')", name.c_str());
  }
  KILN_TRY(setProperty(base, k, value, thisValue, true));
  return value;
}

static Result<Value> derivedConstructorResult(Value result, Value thisValue) {
  if (isObject(result)) return result;
  if (!isUndefined(result)) return throwTypeError("Derived constructors may only return object or undefined");
  if (thisValue == ValueEmpty)
    return throwReferenceError("Must call super constructor in derived class before accessing 'this' or returning "
                               "from derived constructor");
  return thisValue;
}

// ---- Private names -------------------------------------------------------------------------

static Result<Value> privateGet(Value object, Value name) {
  OwnProperty p;
  if (isObject(object)) p = getOwnProperty(asObject(object), PropertyKey::fromCell(name));
  if (!p.found) {
    std::string text = privateNameText(name);
    return throwTypeError("Cannot read private member %s from an object whose class did not declare it", text.c_str());
  }
  if (!(p.attributes & AccessorProperty)) return p.value;
  auto *accessor = reinterpret_cast<Accessor *>(asCell(p.value));
  if (isUndefined(accessor->getter)) {
    std::string text = privateNameText(name);
    return throwTypeError("'%s' was defined without a getter", text.c_str());
  }
  return call(accessor->getter, object, nullptr, 0);
}

static Result<Value> privateSet(Value object, Value name, Value value) {
  OwnProperty p;
  if (isObject(object)) p = getOwnProperty(asObject(object), PropertyKey::fromCell(name));
  std::string text = privateNameText(name);
  if (!p.found)
    return throwTypeError("Cannot write private member %s to an object whose class did not declare it", text.c_str());
  if (p.attributes & AccessorProperty) {
    auto *accessor = reinterpret_cast<Accessor *>(asCell(p.value));
    if (isUndefined(accessor->setter)) return throwTypeError("'%s' was defined without a setter", text.c_str());
    KILN_TRY(call(accessor->setter, object, &value, 1));
    return value;
  }
  if (!(p.attributes & Writable)) return throwTypeError("Private method '%s' is not writable", text.c_str());
  asObject(object)->slots[p.slot] = value;
  return value;
}

static Result<Value> privateDefine(Value object, Value name, Value value) {
  if (!isObject(object)) {
    std::string text = privateNameText(name);
    return throwTypeError("Cannot write private member %s to an object whose class did not declare it", text.c_str());
  }
  PropertyKey key = PropertyKey::fromCell(name);
  if (getOwnProperty(asObject(object), key).found) {
    std::string text = privateNameText(name);
    return throwTypeError("Cannot initialize %s twice on the same object", text.c_str());
  }
  defineOwnProperty(asObject(object), key, value, Writable);
  return ValueUndefined;
}

static Result<Value> privateIn(Value name, Value object) {
  if (!isObject(object)) {
    std::string text = privateNameText(name);
    std::string shown = toUTF8(toStringNoRJS(object));
    return throwTypeError("Cannot use 'in' operator to search for '%s' in %s", text.c_str(), shown.c_str());
  }
  return boolValue(getOwnProperty(asObject(object), PropertyKey::fromCell(name)).found);
}

}  // namespace kiln::rt

using namespace kiln::rt;

extern "C" void kiln_define_method(uint64_t object, uint64_t key, uint64_t function, uint32_t kind, uint32_t enumerable) {
  Result<PropertyKey> k = toPropertyKey(key);  // keys reaching here are property keys already
  if (k.isThrown()) return;
  Object *o = asObject(object);
  Function *f = asFunction(function);
  f->homeObject = object;
  // SetFunctionName, unless the compiler already named the function ("get x" for accessors).
  static const char *const prefixes[] = {"", "get ", "set "};
  std::string current = toUTF8(functionName(f));
  if (current.empty() || current == prefixes[kind] || (kind != 0 && !current.starts_with(prefixes[kind])))
    defineOwnProperty(f, atoms.name, cellValue(methodName(k.value(), prefixes[kind])), Configurable);
  uint8_t attributes = Configurable | (enumerable ? Enumerable : 0);
  bool isPrivate = isSymbol(key) && asSymbol(key)->isPrivate();
  if (kind == 0) {
    defineOwnProperty(o, k.value(), function, attributes | (isPrivate ? 0 : Writable));
    return;
  }
  Value getter = ValueUndefined, setter = ValueUndefined;
  OwnProperty existing = getOwnProperty(o, k.value());
  if (existing.found && (existing.attributes & AccessorProperty)) {
    auto *accessor = reinterpret_cast<Accessor *>(asCell(existing.value));
    getter = accessor->getter, setter = accessor->setter;
  }
  (kind == 1 ? getter : setter) = function;
  auto *accessor = allocateCell<Accessor>(CellKind::Accessor);
  accessor->getter = getter;
  accessor->setter = setter;
  defineOwnProperty(o, k.value(), cellValue(accessor), attributes | AccessorProperty);
}

extern "C" void kiln_set_prototype_from_literal(uint64_t object, uint64_t prototype) {
  if (isObject(prototype)) setPrototype(asObject(object), asObject(prototype));
  else if (isNull(prototype)) setPrototype(asObject(object), nullptr);
}

extern "C" uint64_t kiln_class_setup_rjs(uint64_t constructor, uint64_t superclass) {
  return classSetup(constructor, superclass).abi();
}

extern "C" uint64_t kiln_super_get_rjs(uint64_t homeObject, uint64_t key, uint64_t thisValue) {
  return superGet(homeObject, key, thisValue).abi();
}

extern "C" uint64_t kiln_super_set_rjs(uint64_t homeObject, uint64_t key, uint64_t value, uint64_t thisValue) {
  return superSet(homeObject, key, value, thisValue).abi();
}

extern "C" void kiln_function_set_home_object(uint64_t function, uint64_t homeObject) {
  asFunction(function)->homeObject = homeObject;
}

extern "C" uint64_t kiln_function_home_object(uint64_t function) {
  Value home = asFunction(function)->homeObject;
  return home ? home : ValueUndefined;
}

extern "C" uint64_t kiln_super_construct_rjs(uint64_t activeFunction, uint64_t argsArray, uint64_t newTarget) {
  return superConstruct(activeFunction, argsArray, newTarget).abi();
}

extern "C" uint64_t kiln_throw_this_uninitialized() {
  throwReferenceError("Must call super constructor in derived class before accessing 'this' or returning from "
                      "derived constructor");
  return ValueException;
}

extern "C" uint64_t kiln_throw_super_called_twice() {
  throwReferenceError("Super constructor may only be called once");
  return ValueException;
}

extern "C" uint64_t kiln_derived_constructor_result_rjs(uint64_t result, uint64_t thisValue) {
  return derivedConstructorResult(result, thisValue).abi();
}

extern "C" uint64_t kiln_private_name_new(uint64_t description) {
  Symbol *name = newSymbol(description);
  name->bits |= Symbol::Private;
  return cellValue(name);
}

extern "C" uint64_t kiln_private_get_rjs(uint64_t object, uint64_t name) { return privateGet(object, name).abi(); }
extern "C" uint64_t kiln_private_set_rjs(uint64_t object, uint64_t name, uint64_t value) {
  return privateSet(object, name, value).abi();
}
extern "C" uint64_t kiln_private_define_rjs(uint64_t object, uint64_t name, uint64_t value) {
  return privateDefine(object, name, value).abi();
}
extern "C" uint64_t kiln_private_in_rjs(uint64_t name, uint64_t object) { return privateIn(name, object).abi(); }
