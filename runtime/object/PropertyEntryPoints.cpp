// The property, global-variable and literal entry points of RuntimeFunctions.def. Each converts the
// key with ToPropertyKey (a no-op for the interned string literals codegen passes) and defers to
// the algorithms in Object.cpp.
#include "kiln/RuntimeFunctions.h"
#include "number/BigInt.h"
#include "object/Realm.h"
#include "ops/Conversions.h"

#include <algorithm>

using namespace kiln::rt;

// ---- Literals ------------------------------------------------------------------------------

extern "C" uint64_t kiln_number_to_value(double number) { return numberValue(number); }

extern "C" uint64_t kiln_bigint_literal(void *decimalDigits, int64_t length) {
  BigInt *b = bigintFromAscii(static_cast<const char *>(decimalDigits), static_cast<size_t>(length));
  return cellValue(b ? b : bigintFromInt64(0));
}

// ---- Objects and properties ----------------------------------------------------------------

extern "C" uint64_t kiln_object_new() { return cellValue(newObject(realm.objectPrototype)); }

extern "C" uint64_t kiln_array_new(void *elements, uint32_t count) {
  return cellValue(newArrayFrom(static_cast<const Value *>(elements), count));
}

extern "C" uint64_t kiln_template_object_new(void *cooked, void *raw, uint32_t count) {
  Array *strings = newArrayFrom(static_cast<const Value *>(cooked), count);
  Array *rawStrings = newArrayFrom(static_cast<const Value *>(raw), count);
  setIntegrityLevel(rawStrings, true);
  defineOwnProperty(strings, internUTF8("raw"), cellValue(rawStrings), 0);
  setIntegrityLevel(strings, true);
  return cellValue(strings);
}

static Result<Value> getPropertyValue(Value object, Value key) {
  if (isObject(object) && isString(key) && asString(key)->isInterned()) {
    // Literal key on an ordinary object: no ToPropertyKey, unless it spells an index.
    String *s = asString(key);
    char16_t c = s->length ? charAt(s, 0) : 0;
    if (!(c >= '0' && c <= '9')) return getProperty(asObject(object), PropertyKey::fromCell(key), object);
  }
  PropertyKey k = KILN_TRY(toPropertyKey(key));
  return getValueProperty(object, k);
}

extern "C" uint64_t kiln_get_property_rjs(uint64_t object, uint64_t key) {
  if (isArray(object) && isInt32(key)) {  // a[i]
    Array *a = asArray(object);
    int32_t i = asInt32(key);
    if (i >= 0 && static_cast<uint32_t>(i) < a->elementCapacity && static_cast<uint32_t>(i) < a->length &&
        a->elements[i] != ValueEmpty)
      return a->elements[i];
  }
  return getPropertyValue(object, key).abi();
}

static Result<Value> setPropertyValue(Value object, Value key, Value value, bool strict) {
  PropertyKey k = KILN_TRY(toPropertyKey(key));
  KILN_TRY(setValueProperty(object, k, value, strict));
  return value;
}

extern "C" uint64_t kiln_set_property_rjs(uint64_t object, uint64_t key, uint64_t value, uint32_t strict) {
  if (isArray(object) && isInt32(key)) {  // a[i] = v on an existing element
    Array *a = asArray(object);
    int32_t i = asInt32(key);
    if (i >= 0 && static_cast<uint32_t>(i) < a->elementCapacity && a->elements[i] != ValueEmpty) {
      noteElementStored(a, static_cast<uint32_t>(i), value);
      a->elements[i] = value;
      return value;
    }
  }
  return setPropertyValue(object, key, value, strict != 0).abi();
}

extern "C" uint64_t kiln_define_property(uint64_t object, uint64_t key, uint64_t value) {
  // Keys reaching here are already property keys (literal names, or kiln_to_property_key_rjs
  // results), so ToPropertyKey cannot run code.
  Result<PropertyKey> k = toPropertyKey(key);
  if (k.isThrown()) return object;
  Object *o = asObject(object);
  if (o->kind == CellKind::Array || !k.value().isIndex()) {
    OwnProperty existing = getOwnProperty(o, k.value());
    if (existing.found && !(existing.attributes & Configurable)) return object;
  }
  defineOwnProperty(o, k.value(), value, DefaultAttributes);
  return object;
}

static Result<Value> deletePropertyValue(Value object, Value key, bool strict) {
  PropertyKey k = KILN_TRY(toPropertyKey(key));
  if (isNullish(object)) return throwTypeError("Cannot convert undefined or null to object");
  if (!isObject(object)) return ValueTrue;
  if (deleteOwnProperty(asObject(object), k)) return ValueTrue;
  if (!strict) return ValueFalse;
  std::string name = toUTF8(toStringNoRJS(keyToValue(k)));
  return throwTypeError("Cannot delete property '%s' of %s", name.c_str(),
                        toUTF8(inspectForMessage(object)).c_str());
}

extern "C" uint64_t kiln_delete_property_rjs(uint64_t object, uint64_t key, uint32_t strict) {
  return deletePropertyValue(object, key, strict != 0).abi();
}

// ---- Arrays, spread and destructuring ------------------------------------------------------

extern "C" void kiln_array_push(uint64_t array, uint64_t value) { arrayPush(asArray(array), value); }

static Result<Value> copyDataProperties(Value target, Value source, Value excludedKeys) {
  if (isNullish(source)) return target;
  Object *from = KILN_TRY(toObject(source));
  std::vector<PropertyKey> excluded;
  if (isArray(excludedKeys)) {
    Array *list = asArray(excludedKeys);
    for (uint32_t i = 0; i < list->length; ++i) {
      Value k = KILN_TRY(getProperty(list, PropertyKey::fromIndex(i)));
      excluded.push_back(KILN_TRY(toPropertyKey(k)));
    }
  }
  std::vector<PropertyKey> keys;
  ownPropertyKeys(from, keys);
  for (PropertyKey key : keys) {
    if (std::find(excluded.begin(), excluded.end(), key) != excluded.end()) continue;
    OwnProperty p = getOwnProperty(from, key);
    if (!p.found || !(p.attributes & Enumerable)) continue;
    Value v = KILN_TRY(getProperty(from, key));
    defineOwnProperty(asObject(target), key, v);
  }
  return target;
}

extern "C" uint64_t kiln_copy_data_properties_rjs(uint64_t target, uint64_t source, uint64_t excludedKeys) {
  return copyDataProperties(target, source, excludedKeys).abi();
}

extern "C" uint64_t kiln_require_object_coercible_rjs(uint64_t value) {
  if (!isNullish(value)) return value;
  const char *text = isNull(value) ? "null" : "undefined";
  throwTypeError("Cannot destructure '%s' as it is %s.", text, text);
  return ValueException;
}

extern "C" uint64_t kiln_require_object_coercible_named_rjs(uint64_t value, void *firstProperty, void *sourceText) {
  if (!isNullish(value)) return value;
  const char *kind = isNull(value) ? "null" : "undefined";
  const char *text = sourceText ? static_cast<const char *>(sourceText) : kind;
  if (firstProperty)
    throwTypeError("Cannot destructure property '%s' of '%s' as it is %s.", static_cast<const char *>(firstProperty), text, kind);
  else
    throwTypeError("Cannot destructure '%s' as it is %s.", text, kind);
  return ValueException;
}

// ---- Globals -------------------------------------------------------------------------------

extern "C" uint64_t kiln_global_object() { return cellValue(realm.globalObject); }

static Result<Value> getGlobal(Value name) {
  PropertyKey key = KILN_TRY(toPropertyKey(name));
  if (!hasProperty(realm.globalObject, key)) {
    std::string text = toUTF8(toStringNoRJS(name));
    return throwReferenceError("%s is not defined", text.c_str());
  }
  return getProperty(realm.globalObject, key);
}

extern "C" uint64_t kiln_get_global_rjs(uint64_t name) { return getGlobal(name).abi(); }

static Result<Value> setGlobal(Value name, Value value, bool strict) {
  PropertyKey key = KILN_TRY(toPropertyKey(name));
  if (strict && !hasProperty(realm.globalObject, key)) {
    std::string text = toUTF8(toStringNoRJS(name));
    return throwReferenceError("%s is not defined", text.c_str());
  }
  KILN_TRY(setProperty(realm.globalObject, key, value, cellValue(realm.globalObject), strict));
  return value;
}

extern "C" uint64_t kiln_set_global_rjs(uint64_t name, uint64_t value, uint32_t strict) {
  return setGlobal(name, value, strict != 0).abi();
}

static Result<Value> typeofGlobal(Value name) {
  PropertyKey key = KILN_TRY(toPropertyKey(name));
  if (!hasProperty(realm.globalObject, key)) return cellValue(atoms.undefined);
  Value v = KILN_TRY(getProperty(realm.globalObject, key));
  return cellValue(typeofString(v));
}

extern "C" uint64_t kiln_typeof_global_rjs(uint64_t name) { return typeofGlobal(name).abi(); }

// Script goal: CreateGlobalVarBinding / CreateGlobalFunctionBinding (global `var` and function
// declarations are non-configurable properties of the global object).
extern "C" void kiln_declare_global_var(uint64_t name) {
  PropertyKey key = keyFromString(asString(name));
  if (!getOwnProperty(realm.globalObject, key).found)
    defineOwnProperty(realm.globalObject, key, ValueUndefined, Writable | Enumerable);
}

extern "C" void kiln_declare_global_function(uint64_t name, uint64_t function) {
  PropertyKey key = keyFromString(asString(name));
  OwnProperty existing = getOwnProperty(realm.globalObject, key);
  if (!existing.found || (existing.attributes & Configurable))
    defineOwnProperty(realm.globalObject, key, function, Writable | Enumerable);
  else
    (void)setProperty(realm.globalObject, key, function, cellValue(realm.globalObject), false);
}
