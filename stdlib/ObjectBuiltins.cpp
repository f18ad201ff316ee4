// Object: the constructor, its static functions (keys, assign, freeze, defineProperty, ...) and
// Object.prototype (hasOwnProperty, toString, valueOf, __proto__, ...).
#include "Builtins.h"
#include "heap/Heap.h"
#include "object/Arguments.h"
#include "object/Iteration.h"

namespace kiln::rt {


static Result<Value> objectConstructor(const CallArgs &args) {
  if (args.isConstructCall() && args.newTarget != args.callee) {
    Object *o = KILN_TRY(ordinaryCreateFromConstructor(args.newTarget, realm.objectPrototype));
    return cellValue(o);
  }
  if (isNullish(args[0])) return cellValue(newObject(realm.objectPrototype));
  return cellValue(KILN_TRY(toObject(args[0])));
}

// ---- Descriptors ---------------------------------------------------------------------------

Result<PropertyDescriptor> toPropertyDescriptor(Value v) {
  if (!isObject(v)) {
    std::string shown = toUTF8(toStringNoRJS(v));
    return throwTypeError("Property description must be an object: %s", shown.c_str());
  }
  Object *o = asObject(v);
  PropertyDescriptor d;
  auto field = [&](String *name, bool &has) -> Result<Value> {
    PropertyKey key = keyFromAtom(name);
    has = hasProperty(o, key);
    if (!has) return ValueUndefined;
    return getProperty(o, key);
  };
  d.enumerable = toBoolean(KILN_TRY(field(atoms.enumerable, d.hasEnumerable)));
  d.configurable = toBoolean(KILN_TRY(field(atoms.configurable, d.hasConfigurable)));
  d.value = KILN_TRY(field(atoms.value, d.hasValue));
  d.writable = toBoolean(KILN_TRY(field(atoms.writable, d.hasWritable)));
  d.getter = KILN_TRY(field(atoms.get, d.hasGet));
  d.setter = KILN_TRY(field(atoms.set, d.hasSet));
  if (d.hasGet && !isUndefined(d.getter) && !isCallable(d.getter)) {
    std::string shown = toUTF8(toStringNoRJS(d.getter));
    return throwTypeError("Getter must be a function: %s", shown.c_str());
  }
  if (d.hasSet && !isUndefined(d.setter) && !isCallable(d.setter)) {
    std::string shown = toUTF8(toStringNoRJS(d.setter));
    return throwTypeError("Setter must be a function: %s", shown.c_str());
  }
  if ((d.hasGet || d.hasSet) && (d.hasValue || d.hasWritable)) {
    std::string shown = toUTF8(inspectForMessage(v));
    return throwTypeError(
        "Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, %s",
        shown.c_str());
  }
  return d;
}

static Value fromOwnProperty(const OwnProperty &p) {
  if (!p.found) return ValueUndefined;
  Object *d = newObject(realm.objectPrototype);
  if (p.attributes & AccessorProperty) {
    auto *accessor = reinterpret_cast<Accessor *>(asCell(p.value));
    defineOwnProperty(d, atoms.get, accessor->getter);
    defineOwnProperty(d, atoms.set, accessor->setter);
  } else {
    defineOwnProperty(d, atoms.value, p.value);
    defineOwnProperty(d, atoms.writable, boolValue(p.attributes & Writable));
  }
  defineOwnProperty(d, atoms.enumerable, boolValue(p.attributes & Enumerable));
  defineOwnProperty(d, atoms.configurable, boolValue(p.attributes & Configurable));
  return cellValue(d);
}

static Status definePropertyOrThrow(Object *o, PropertyKey key, PropertyDescriptor d) {
  if (o->kind == CellKind::Array && key == keyFromAtom(atoms.length) && d.hasValue) {
    // ArraySetLength: the new length must be a valid array length (both conversions run).
    uint32_t newLength = KILN_TRY(toUint32(d.value));
    double numberLength = KILN_TRY(toNumber(d.value));
    if (newLength != numberLength) return throwRangeError("Invalid array length");
    d.value = numberValue(newLength);
  }
  if ((o->bits & Object::NotExtensible) && !getOwnProperty(o, key).found) {
    std::string name = toUTF8(toStringNoRJS(keyToValue(key)));
    return throwTypeError("Cannot define property %s, object is not extensible", name.c_str());
  }
  if (!defineArgumentsProperty(o, key, d)) {
    std::string name = toUTF8(toStringNoRJS(keyToValue(key)));
    return throwTypeError("Cannot redefine property: %s", name.c_str());
  }
  return Ok;
}

static Result<Value> objectDefineProperty(const CallArgs &args) {
  if (!isObject(args[0])) return throwTypeError("Object.defineProperty called on non-object");
  PropertyKey key = KILN_TRY(toPropertyKey(args[1]));
  PropertyDescriptor d = KILN_TRY(toPropertyDescriptor(args[2]));
  KILN_TRY(definePropertyOrThrow(asObject(args[0]), key, d));
  return args[0];
}

static Status defineProperties(Object *o, Value properties) {
  Object *props = KILN_TRY(toObject(properties));
  std::vector<PropertyKey> keys;
  ownPropertyKeys(props, keys, KeyFilter::All, true);
  ScannedVector<std::pair<PropertyKey, PropertyDescriptor>> descriptors;  // may hold the only reference
  for (PropertyKey key : keys) {
    Value descObj = KILN_TRY(getProperty(props, key));
    descriptors.emplace_back(key, KILN_TRY(toPropertyDescriptor(descObj)));
  }
  for (auto &[key, d] : descriptors) KILN_TRY(definePropertyOrThrow(o, key, d));
  return Ok;
}

static Result<Value> objectDefineProperties(const CallArgs &args) {
  if (!isObject(args[0])) return throwTypeError("Object.defineProperties called on non-object");
  KILN_TRY(defineProperties(asObject(args[0]), args[1]));
  return args[0];
}

static Result<Value> objectGetOwnPropertyDescriptor(const CallArgs &args) {
  Object *o = KILN_TRY(toObject(args[0]));
  PropertyKey key = KILN_TRY(toPropertyKey(args[1]));
  return fromOwnProperty(getOwnProperty(o, key));
}

static Result<Value> objectGetOwnPropertyDescriptors(const CallArgs &args) {
  Object *o = KILN_TRY(toObject(args[0]));
  Object *result = newObject(realm.objectPrototype);
  std::vector<PropertyKey> keys;
  ownPropertyKeys(o, keys);
  for (PropertyKey key : keys) defineOwnProperty(result, key, fromOwnProperty(getOwnProperty(o, key)));
  return cellValue(result);
}

// ---- Keys, values, entries -----------------------------------------------------------------

enum class EnumerableKind { Keys, Values, Entries };

static Result<Value> enumerableOwn(Value v, EnumerableKind kind) {
  Object *o = KILN_TRY(toObject(v));
  std::vector<PropertyKey> keys;
  ownPropertyKeys(o, keys, KeyFilter::Strings, kind == EnumerableKind::Keys);
  Array *result = newArray(0, static_cast<uint32_t>(keys.size()));
  for (PropertyKey key : keys) {
    if (kind == EnumerableKind::Keys) {
      arrayPush(result, keyToValue(key));
      continue;
    }
    OwnProperty p = getOwnProperty(o, key);
    if (!p.found || !(p.attributes & Enumerable)) continue;
    Value value = KILN_TRY(getProperty(o, key));
    if (kind == EnumerableKind::Values) {
      arrayPush(result, value);
    } else {
      Value pair[2] = {keyToValue(key), value};
      arrayPush(result, cellValue(newArrayFrom(pair, 2)));
    }
  }
  return cellValue(result);
}

static Result<Value> objectKeys(const CallArgs &args) { return enumerableOwn(args[0], EnumerableKind::Keys); }
static Result<Value> objectValues(const CallArgs &args) { return enumerableOwn(args[0], EnumerableKind::Values); }
static Result<Value> objectEntries(const CallArgs &args) { return enumerableOwn(args[0], EnumerableKind::Entries); }

static Result<Value> ownKeysArray(Value v, KeyFilter filter) {
  Object *o = KILN_TRY(toObject(v));
  std::vector<PropertyKey> keys;
  ownPropertyKeys(o, keys, filter);
  Array *result = newArray(0, static_cast<uint32_t>(keys.size()));
  for (PropertyKey key : keys) arrayPush(result, keyToValue(key));
  return cellValue(result);
}

static Result<Value> objectGetOwnPropertyNames(const CallArgs &args) { return ownKeysArray(args[0], KeyFilter::Strings); }
static Result<Value> objectGetOwnPropertySymbols(const CallArgs &args) { return ownKeysArray(args[0], KeyFilter::Symbols); }

static Result<Value> objectAssign(const CallArgs &args) {
  Object *target = KILN_TRY(toObject(args[0]));
  for (uint32_t i = 1; i < args.count; ++i) {
    if (isNullish(args.values[i])) continue;
    Object *source = KILN_TRY(toObject(args.values[i]));
    std::vector<PropertyKey> keys;
    ownPropertyKeys(source, keys);
    for (PropertyKey key : keys) {
      OwnProperty p = getOwnProperty(source, key);
      if (!p.found || !(p.attributes & Enumerable)) continue;
      Value value = KILN_TRY(getProperty(source, key));
      KILN_TRY(setProperty(target, key, value, cellValue(target), true));
    }
  }
  return cellValue(target);
}

// AddEntriesFromIterable: entries are read as the iterator yields them; an error closes it.
static Result<Value> objectFromEntries(const CallArgs &args) {
  if (isNullish(args[0])) return throwTypeError("undefined is not iterable");
  Object *result = newObject(realm.objectPrototype);
  IteratorRecord *record = KILN_TRY(getIteratorOfArgument(args[0]));
  while (true) {
    Value entry = KILN_TRY(iteratorStep(record));
    if (entry == ValueEmpty) break;
    if (!isObject(entry)) {
      iteratorCloseForThrow(record);
      std::string shown = toUTF8(toStringNoRJS(entry));
      return throwTypeError("Iterator value %s is not an entry object", shown.c_str());
    }
    Result<Value> k = getProperty(asObject(entry), PropertyKey::fromIndex(0));
    Result<Value> v = k.isThrown() ? Result<Value>(Thrown) : getProperty(asObject(entry), PropertyKey::fromIndex(1));
    Result<PropertyKey> key = v.isThrown() ? Result<PropertyKey>(Thrown) : toPropertyKey(k.value());
    if (key.isThrown()) {
      iteratorCloseForThrow(record);
      return Thrown;
    }
    defineOwnProperty(result, key.value(), v.value());
  }
  return cellValue(result);
}

// ---- Integrity and prototypes --------------------------------------------------------------

static Result<Value> objectFreeze(const CallArgs &args) {
  if (isObject(args[0])) {
    setIntegrityLevel(asObject(args[0]), true);
    unmapAllArguments(asObject(args[0]));  // read-only elements are no longer parameters
  }
  return args[0];
}
static Result<Value> objectSeal(const CallArgs &args) {
  if (isObject(args[0])) setIntegrityLevel(asObject(args[0]), false);
  return args[0];
}
static Result<Value> objectPreventExtensions(const CallArgs &args) {
  if (isObject(args[0])) makeNonExtensible(asObject(args[0]));
  return args[0];
}

static bool testIntegrity(Object *o, bool frozen) {
  if (!(o->bits & Object::NotExtensible)) return false;
  std::vector<PropertyKey> keys;
  ownPropertyKeys(o, keys);
  for (PropertyKey key : keys) {
    OwnProperty p = getOwnProperty(o, key);
    if (p.attributes & Configurable) return false;
    if (frozen && !(p.attributes & AccessorProperty) && (p.attributes & Writable)) return false;
  }
  return true;
}

static Result<Value> objectIsFrozen(const CallArgs &args) {
  return boolValue(!isObject(args[0]) || testIntegrity(asObject(args[0]), true));
}
static Result<Value> objectIsSealed(const CallArgs &args) {
  return boolValue(!isObject(args[0]) || testIntegrity(asObject(args[0]), false));
}
static Result<Value> objectIsExtensible(const CallArgs &args) {
  return boolValue(isObject(args[0]) && !(asObject(args[0])->bits & Object::NotExtensible));
}

static Result<Value> objectGetPrototypeOf(const CallArgs &args) {
  Object *o = KILN_TRY(toObject(args[0]));
  Object *p = prototypeOf(o);
  return p ? cellValue(p) : ValueNull;
}

// [[SetPrototypeOf]] of an ordinary object, throwing on failure as Object.setPrototypeOf does.
static Status setPrototypeOrThrow(Object *o, Object *proto) {
  if (prototypeOf(o) == proto) return Ok;
  if (o == realm.objectPrototype)
    return throwTypeError("Immutable prototype object 'Object.prototype' cannot have their prototype set");
  if (o->bits & Object::NotExtensible) {
    std::string shown = toUTF8(inspectForMessage(cellValue(o)));
    return throwTypeError("%s is not extensible", shown.c_str());
  }
  for (Object *p = proto; p; p = prototypeOf(p))
    if (p == o) return throwTypeError("Cyclic __proto__ value");
  setPrototype(o, proto);
  return Ok;
}

static Result<Value> objectSetPrototypeOf(const CallArgs &args) {
  if (isNullish(args[0])) return throwTypeError("Object.setPrototypeOf called on null or undefined");
  if (!isObject(args[1]) && !isNull(args[1])) {
    std::string shown = toUTF8(toStringNoRJS(args[1]));
    return throwTypeError("Object prototype may only be an Object or null: %s", shown.c_str());
  }
  if (!isObject(args[0])) return args[0];
  Object *proto = isNull(args[1]) ? nullptr : asObject(args[1]);
  KILN_TRY(setPrototypeOrThrow(asObject(args[0]), proto));
  return args[0];
}

static Result<Value> objectCreate(const CallArgs &args) {
  if (!isObject(args[0]) && !isNull(args[0])) {
    std::string shown = toUTF8(toStringNoRJS(args[0]));
    return throwTypeError("Object prototype may only be an Object or null: %s", shown.c_str());
  }
  Object *o = newObject(isNull(args[0]) ? nullptr : asObject(args[0]));
  if (!isUndefined(args[1])) KILN_TRY(defineProperties(o, args[1]));
  return cellValue(o);
}

static Result<Value> objectIs(const CallArgs &args) { return boolValue(sameValue(args[0], args[1])); }

static Result<Value> objectHasOwn(const CallArgs &args) {
  Object *o = KILN_TRY(toObject(args[0]));
  PropertyKey key = KILN_TRY(toPropertyKey(args[1]));
  return boolValue(getOwnProperty(o, key).found);
}

// ---- Object.prototype ----------------------------------------------------------------------

static Result<Value> hasOwnPropertyMethod(const CallArgs &args) {
  PropertyKey key = KILN_TRY(toPropertyKey(args[0]));
  Object *o = KILN_TRY(toObject(args.thisValue));
  return boolValue(getOwnProperty(o, key).found);
}

static Result<Value> isPrototypeOfMethod(const CallArgs &args) {
  if (!isObject(args[0])) return ValueFalse;
  Object *o = KILN_TRY(toObject(args.thisValue));
  for (Object *p = prototypeOf(asObject(args[0])); p; p = prototypeOf(p))
    if (p == o) return ValueTrue;
  return ValueFalse;
}

static Result<Value> propertyIsEnumerableMethod(const CallArgs &args) {
  PropertyKey key = KILN_TRY(toPropertyKey(args[0]));
  Object *o = KILN_TRY(toObject(args.thisValue));
  OwnProperty p = getOwnProperty(o, key);
  return boolValue(p.found && (p.attributes & Enumerable));
}

Result<Value> objectToStringMethod(const CallArgs &args) {
  Value v = args.thisValue;
  if (isUndefined(v)) return stringValue("[object Undefined]");
  if (isNull(v)) return stringValue("[object Null]");
  Object *o = KILN_TRY(toObject(v));
  const char *builtinTag;
  switch (o->kind) {
  case CellKind::Array: builtinTag = "Array"; break;
  case CellKind::Function: builtinTag = "Function"; break;
  case CellKind::Error: builtinTag = "Error"; break;
  case CellKind::BooleanObject: builtinTag = "Boolean"; break;
  case CellKind::NumberObject: builtinTag = "Number"; break;
  case CellKind::StringObject: builtinTag = "String"; break;
  case CellKind::Arguments: case CellKind::MappedArguments: builtinTag = "Arguments"; break;
  default: builtinTag = "Object"; break;
  }
  Value tag = KILN_TRY(getProperty(o, PropertyKey::fromCell(realm.symbolToStringTag)));
  StringBuilder b;
  b.appendAscii("[object ");
  if (isString(tag)) b.append(asString(tag));
  else b.appendAscii(builtinTag);
  b.append(u']');
  return cellValue(b.build());
}

static Result<Value> toLocaleStringMethod(const CallArgs &args) {
  if (isNullish(args.thisValue)) return throwTypeError("Object.prototype.toLocaleString called on null or undefined");
  Value method = KILN_TRY(getValueProperty(args.thisValue, keyFromAtom(atoms.toString)));
  return call(method, args.thisValue, nullptr, 0);
}

static Result<Value> valueOfMethod(const CallArgs &args) { return cellValue(KILN_TRY(toObject(args.thisValue))); }

static Result<Value> protoGetter(const CallArgs &args) {
  Object *o = KILN_TRY(toObject(args.thisValue));
  Object *p = prototypeOf(o);
  return p ? cellValue(p) : ValueNull;
}

static Result<Value> protoSetter(const CallArgs &args) {
  if (isNullish(args.thisValue)) return throwTypeError("set Object.prototype.__proto__ called on null or undefined");
  if (!isObject(args[0]) && !isNull(args[0])) return ValueUndefined;
  if (!isObject(args.thisValue)) return ValueUndefined;
  Object *proto = isNull(args[0]) ? nullptr : asObject(args[0]);
  KILN_TRY(setPrototypeOrThrow(asObject(args.thisValue), proto));
  return ValueUndefined;
}

// Annex B's __defineGetter__, __defineSetter__, __lookupGetter__ and __lookupSetter__.
template <bool Getter>
static Result<Value> defineAccessorMethod(const CallArgs &args) {
  Object *o = KILN_TRY(toObject(args.thisValue));
  if (!isCallable(args[1])) {
    return throwTypeError("Object.prototype.%s: Expecting function", Getter ? "__defineGetter__" : "__defineSetter__");
  }
  PropertyDescriptor d;
  (Getter ? d.hasGet : d.hasSet) = true;
  (Getter ? d.getter : d.setter) = args[1];
  d.hasEnumerable = d.enumerable = d.hasConfigurable = d.configurable = true;
  PropertyKey key = KILN_TRY(toPropertyKey(args[0]));
  KILN_TRY(definePropertyOrThrow(o, key, d));
  return ValueUndefined;
}

template <bool Getter>
static Result<Value> lookupAccessorMethod(const CallArgs &args) {
  Object *o = KILN_TRY(toObject(args.thisValue));
  PropertyKey key = KILN_TRY(toPropertyKey(args[0]));
  for (; o; o = prototypeOf(o)) {
    OwnProperty p = getOwnProperty(o, key);
    if (!p.found) continue;
    if (!(p.attributes & AccessorProperty)) return ValueUndefined;
    auto *accessor = reinterpret_cast<Accessor *>(asCell(p.value));
    return Getter ? accessor->getter : accessor->setter;
  }
  return ValueUndefined;
}

void installObject(Object *global) {
  Object *prototype = realm.objectPrototype;
  Function *ctor = defineConstructor(global, "Object", &nativeEntry<objectConstructor>, 1, prototype);
  defineMethods(ctor, {
                          KILN_METHOD("keys", objectKeys, 1),
                          KILN_METHOD("values", objectValues, 1),
                          KILN_METHOD("entries", objectEntries, 1),
                          KILN_METHOD("assign", objectAssign, 2),
                          KILN_METHOD("fromEntries", objectFromEntries, 1),
                          KILN_METHOD("freeze", objectFreeze, 1),
                          KILN_METHOD("seal", objectSeal, 1),
                          KILN_METHOD("preventExtensions", objectPreventExtensions, 1),
                          KILN_METHOD("isFrozen", objectIsFrozen, 1),
                          KILN_METHOD("isSealed", objectIsSealed, 1),
                          KILN_METHOD("isExtensible", objectIsExtensible, 1),
                          KILN_METHOD("getPrototypeOf", objectGetPrototypeOf, 1),
                          KILN_METHOD("setPrototypeOf", objectSetPrototypeOf, 2),
                          KILN_METHOD("create", objectCreate, 2),
                          KILN_METHOD("defineProperty", objectDefineProperty, 3),
                          KILN_METHOD("defineProperties", objectDefineProperties, 2),
                          KILN_METHOD("getOwnPropertyNames", objectGetOwnPropertyNames, 1),
                          KILN_METHOD("getOwnPropertySymbols", objectGetOwnPropertySymbols, 1),
                          KILN_METHOD("getOwnPropertyDescriptor", objectGetOwnPropertyDescriptor, 2),
                          KILN_METHOD("getOwnPropertyDescriptors", objectGetOwnPropertyDescriptors, 1),
                          KILN_METHOD("is", objectIs, 2),
                          KILN_METHOD("hasOwn", objectHasOwn, 2),
                      });
  defineMethods(prototype, {
                               KILN_METHOD("hasOwnProperty", hasOwnPropertyMethod, 1),
                               KILN_METHOD("isPrototypeOf", isPrototypeOfMethod, 1),
                               KILN_METHOD("propertyIsEnumerable", propertyIsEnumerableMethod, 1),
                               KILN_METHOD("toString", objectToStringMethod, 0),
                               KILN_METHOD("toLocaleString", toLocaleStringMethod, 0),
                               KILN_METHOD("valueOf", valueOfMethod, 0),
                               KILN_METHOD("__defineGetter__", defineAccessorMethod<true>, 2),
                               KILN_METHOD("__defineSetter__", defineAccessorMethod<false>, 2),
                               KILN_METHOD("__lookupGetter__", lookupAccessorMethod<true>, 1),
                               KILN_METHOD("__lookupSetter__", lookupAccessorMethod<false>, 1),
                           });
  PropertyDescriptor proto;
  proto.hasGet = proto.hasSet = proto.hasConfigurable = proto.configurable = proto.hasEnumerable = true;
  proto.getter = cellValue(newNativeFunction(&nativeEntry<protoGetter>, newStringFromUTF8("get __proto__"), 0));
  proto.setter = cellValue(newNativeFunction(&nativeEntry<protoSetter>, newStringFromUTF8("set __proto__"), 1));
  validateAndDefine(prototype, keyFromString(internUTF8("__proto__")), proto);
}

}  // namespace kiln::rt
