// The iteration protocol and its entry points. See Iteration.h.
#include "object/Iteration.h"

#include "heap/Heap.h"
#include "kiln/RuntimeFunctions.h"
#include "object/Realm.h"
#include "ops/Conversions.h"

#include <algorithm>

namespace kiln::rt {

static IteratorRecord *newRecord(IteratorRecord::Mode mode, Value iterator) {
  auto *record = allocateCell<IteratorRecord>(CellKind::IteratorRecord);
  record->bits = mode;
  record->iterator = iterator;
  return record;
}

static bool hasBuiltinArrayIteration(Value v) {
  if (!isArray(v) || !realm.arrayValues) return false;
  Object *o = asObject(v);
  PropertyKey key = PropertyKey::fromCell(realm.symbolIterator);
  if (prototypeOf(o) != realm.arrayPrototype || getOwnProperty(o, key).found) return false;
  if (getDataPropertyNoRJS(realm.arrayPrototype, key) != realm.arrayValues) return false;
  Object *arrayIteratorPrototype = realm.arrayIteratorPrototype;
  return getOwnProperty(arrayIteratorPrototype, keyFromAtom(atoms.next)).value == realm.arrayIteratorNext;
}

// The source text of the iterable being iterated, when the compiler passed one (see
// kiln_get_iterator_named_rjs): the error then names it as V8 does.
static const char *notIterableText = nullptr;

// Set by getIteratorOfArgument: a built-in's argument, which V8 names by its type ("number 5").
static bool iteratingBuiltinArgument = false;

// Set by kiln_array_append_argument_spread_rjs for V8's CallWithSpread (see there).
static bool iteratingCallSpread = false;

static ThrownTag throwNotIterable(Value v, const char *sourceText, bool builtinArgument, bool callSpread = false) {
  if (callSpread) {
    if (!isNullish(v)) return throwTypeError("Spread syntax requires ...iterable[Symbol.iterator] to be a function");
    return throwTypeError("%s is not iterable (cannot read property %s)", sourceText, isNull(v) ? "null" : "undefined");
  }
  if (sourceText)
    return throwTypeError("%s is not iterable", sourceText);
  if (builtinArgument) {
    std::string shown = toUTF8(callSiteForMessage(v));
    return throwTypeError("%s is not iterable (cannot read property Symbol(Symbol.iterator))", shown.c_str());
  }
  if (isNullish(v))
    return throwTypeError("%s is not iterable (cannot read property Symbol(Symbol.iterator))",
                          isNull(v) ? "null" : "undefined");
  std::string shown = toUTF8(inspectForMessage(v));
  return throwTypeError("%s is not iterable", shown.c_str());
}

Result<IteratorRecord *> getIteratorOfArgument(Value iterable) {
  iteratingBuiltinArgument = true;
  return getIterator(iterable);
}

Result<IteratorRecord *> getIterator(Value iterable) {
  // The text applies to this call only, not to iterations the user's code starts inside it.
  const char *sourceText = notIterableText;
  bool builtinArgument = iteratingBuiltinArgument;
  bool callSpread = iteratingCallSpread;
  notIterableText = nullptr;
  iteratingBuiltinArgument = iteratingCallSpread = false;
  if (hasBuiltinArrayIteration(iterable)) return newRecord(IteratorRecord::FastArray, iterable);
  if (isNullish(iterable)) return throwNotIterable(iterable, sourceText, builtinArgument, callSpread);
  Value method = KILN_TRY(getValueProperty(iterable, PropertyKey::fromCell(realm.symbolIterator)));
  if (!isCallable(method)) return throwNotIterable(iterable, sourceText, builtinArgument, callSpread);
  Value iterator = KILN_TRY(call(method, iterable, nullptr, 0));
  if (!isObject(iterator)) return throwTypeError("Result of the Symbol.iterator method is not an object");
  Value next = KILN_TRY(getProperty(asObject(iterator), keyFromAtom(atoms.next)));
  IteratorRecord *record = newRecord(IteratorRecord::Protocol, iterator);
  record->next = next;
  return record;
}

Result<Value> iteratorStep(IteratorRecord *record) {
  if (record->done) return ValueEmpty;
  switch (record->mode()) {
  case IteratorRecord::FastArray: {
    Array *array = asArray(record->iterator);
    if (record->index >= array->length) {
      record->done = true;
      return ValueEmpty;
    }
    uint32_t i = record->index++;
    if (!array->sparse && i < array->elementCapacity && array->elements[i] != ValueEmpty) return array->elements[i];
    return getProperty(array, PropertyKey::fromIndex(i));
  }
  case IteratorRecord::ForIn: {
    Object *object = asObject(record->iterator);
    while (record->index < record->keys->length) {
      Value key = record->keys->elements[record->index++];
      Result<PropertyKey> k = toPropertyKey(key);
      if (!k.isThrown() && hasProperty(object, k.value())) return key;
    }
    record->done = true;
    return ValueEmpty;
  }
  case IteratorRecord::Protocol: break;
  }
  Result<Value> result = call(record->next, record->iterator, nullptr, 0);
  if (result.isThrown()) {
    record->done = true;
    return Thrown;
  }
  if (!isObject(result.value())) {
    record->done = true;
    std::string shown = toUTF8(inspectForMessage(result.value()));
    return throwTypeError("Iterator result %s is not an object", shown.c_str());
  }
  Object *resultObject = asObject(result.value());
  Result<Value> done = getProperty(resultObject, keyFromAtom(atoms.done));
  if (done.isThrown() || toBoolean(done.value())) {
    record->done = true;
    return done.isThrown() ? Result<Value>(Thrown) : Result<Value>(ValueEmpty);
  }
  Result<Value> value = getProperty(resultObject, keyFromAtom(atoms.value));
  if (value.isThrown()) record->done = true;
  return value;
}

Status iteratorClose(IteratorRecord *record) {
  if (record->mode() != IteratorRecord::Protocol || record->done) return Ok;
  record->done = true;
  Value method = KILN_TRY(getValueProperty(record->iterator, keyFromString(internUTF8("return"))));
  if (isNullish(method)) return Ok;
  Value result = KILN_TRY(call(method, record->iterator, nullptr, 0));
  if (!isObject(result)) {
    std::string shown = toUTF8(inspectForMessage(result));
    return throwTypeError("Iterator result %s is not an object", shown.c_str());
  }
  return Ok;
}

void iteratorCloseForThrow(IteratorRecord *record) {
  Value saved = pendingException;
  (void)iteratorClose(record);
  pendingException = saved;
}

Status appendIterable(Array *array, Value iterable) {
  if (hasBuiltinArrayIteration(iterable)) {
    Array *source = asArray(iterable);
    for (uint32_t i = 0; i < source->length; ++i) {
      Value v = !source->sparse && i < source->elementCapacity && source->elements[i] != ValueEmpty
                    ? source->elements[i]
                    : KILN_TRY(getProperty(source, PropertyKey::fromIndex(i)));
      arrayPush(array, v);
    }
    return Ok;
  }
  IteratorRecord *record = KILN_TRY(getIterator(iterable));
  while (true) {
    Value v = KILN_TRY(iteratorStep(record));
    if (v == ValueEmpty) return Ok;
    arrayPush(array, v);
  }
}

Result<Array *> iterableToArray(Value iterable) {
  Array *result = newArray(0);
  KILN_TRY(appendIterable(result, iterable));
  return result;
}

// EnumerateObjectProperties: own enumerable string keys of each object on the chain, in order,
// skipping keys already seen (a non-enumerable property still shadows those behind it).
Result<IteratorRecord *> forInIterator(Value value) {
  IteratorRecord *record = newRecord(IteratorRecord::ForIn, ValueUndefined);
  record->keys = newArray(0);
  if (isNullish(value)) {
    record->done = true;
    return record;
  }
  Object *object = KILN_TRY(toObject(value));
  record->iterator = cellValue(object);
  std::vector<PropertyKey> seen;
  for (Object *o = object; o; o = prototypeOf(o)) {
    std::vector<PropertyKey> keys;
    ownPropertyKeys(o, keys, KeyFilter::Strings);
    for (PropertyKey key : keys) {
      if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
      seen.push_back(key);
      OwnProperty p = getOwnProperty(o, key);
      if (p.found && (p.attributes & Enumerable)) arrayPush(record->keys, keyToValue(key));
    }
  }
  return record;
}

}  // namespace kiln::rt

using namespace kiln::rt;

static IteratorRecord *asRecord(uint64_t v) { return reinterpret_cast<IteratorRecord *>(asCell(v)); }

extern "C" uint64_t kiln_get_iterator_rjs(uint64_t iterable) {
  Result<IteratorRecord *> r = getIterator(iterable);
  return r.isThrown() ? ValueException : cellValue(r.value());
}

extern "C" uint64_t kiln_get_iterator_named_rjs(uint64_t iterable, void *sourceText) {
  // V8 names the expression: "settings is not iterable", even for undefined and null.
  if (*static_cast<const char *>(sourceText)) notIterableText = static_cast<const char *>(sourceText);
  else iteratingBuiltinArgument = true;
  uint64_t result = kiln_get_iterator_rjs(iterable);
  notIterableText = nullptr;
  iteratingBuiltinArgument = false;
  return result;
}

extern "C" uint64_t kiln_iterator_step_rjs(uint64_t record) { return iteratorStep(asRecord(record)).abi(); }

extern "C" uint64_t kiln_iterator_close_rjs(uint64_t record) {
  return iteratorClose(asRecord(record)).isThrown() ? ValueException : ValueUndefined;
}

extern "C" uint64_t kiln_iterator_rest_rjs(uint64_t recordValue) {
  IteratorRecord *record = asRecord(recordValue);
  Array *rest = newArray(0);
  while (true) {
    Result<Value> v = iteratorStep(record);
    if (v.isThrown()) return ValueException;
    if (v.value() == ValueEmpty) return cellValue(rest);
    arrayPush(rest, v.value());
  }
}

extern "C" uint64_t kiln_for_in_iterator_rjs(uint64_t object) {
  Result<IteratorRecord *> r = forInIterator(object);
  return r.isThrown() ? ValueException : cellValue(r.value());
}

extern "C" uint64_t kiln_array_append_spread_rjs(uint64_t array, uint64_t iterable) {
  return appendIterable(asArray(array), iterable).isThrown() ? ValueException : array;
}

extern "C" uint64_t kiln_array_append_spread_named_rjs(uint64_t array, uint64_t iterable, void *sourceText) {
  notIterableText = static_cast<const char *>(sourceText);
  uint64_t result = kiln_array_append_spread_rjs(array, iterable);
  notIterableText = nullptr; // unused when the fast path for arrays took the spread
  return result;
}

// Spread in call arguments. V8 compiles a call whose only spread is its last argument to
// CallWithSpread, whose errors name the argument when it is undefined or null ("u is not
// iterable (cannot read property undefined)") and say "Spread syntax requires ..." otherwise
// (sourceText given); other argument spreads fail the way a built-in's argument does ("object is
// not iterable (cannot read property Symbol(Symbol.iterator))", sourceText null).
extern "C" uint64_t kiln_array_append_argument_spread_rjs(uint64_t array, uint64_t iterable, void *sourceText) {
  notIterableText = static_cast<const char *>(sourceText);
  iteratingCallSpread = sourceText != nullptr;
  iteratingBuiltinArgument = sourceText == nullptr;
  uint64_t result = kiln_array_append_spread_rjs(array, iterable);
  notIterableText = nullptr;  // unused when the fast path for arrays took the spread
  iteratingCallSpread = iteratingBuiltinArgument = false;
  return result;
}
