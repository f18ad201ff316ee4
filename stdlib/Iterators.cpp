// The iteration protocol for built-ins and the array and string iterators. See Iterators.h.
#include "Iterators.h"

#include "heap/Heap.h"

namespace kiln::rt {

Object *iteratorPrototype;
Object *arrayIteratorPrototype;
static Object *stringIteratorPrototype;

Object *newIteratorObject(CellKind kind, Object *prototype, Value iterated, IteratorObject::Kind yields) {
  auto *it = static_cast<IteratorObject *>(newObjectOfKind(kind, sizeof(IteratorObject), prototype));
  it->iterated = iterated;
  it->yields = yields;
  return it;
}

Object *createIterResultObject(Value value, bool done) {
  Object *result = newObject(realm.objectPrototype);
  defineOwnProperty(result, atoms.value, value);
  defineOwnProperty(result, atoms.done, boolValue(done));
  return result;
}

// ---- The protocol --------------------------------------------------------------------------

static ThrownTag throwNotIterable(Value v) {
  if (isNullish(v)) {
    return throwTypeError("%s is not iterable (cannot read property Symbol(Symbol.iterator))",
                          isNull(v) ? "null" : "undefined");
  }
  std::string shown = toUTF8(inspectForMessage(v));
  return throwTypeError("%s is not iterable", shown.c_str());
}

Result<IteratorRecord> getIterator(Value iterable) {
  if (isNullish(iterable)) return throwNotIterable(iterable);
  Value method = KILN_TRY(getValueProperty(iterable, PropertyKey::fromCell(realm.symbolIterator)));
  if (!isCallable(method)) return throwNotIterable(iterable);
  Value iterator = KILN_TRY(call(method, iterable, nullptr, 0));
  if (!isObject(iterator)) return throwTypeError("Result of the Symbol.iterator method is not an object");
  Value next = KILN_TRY(getProperty(asObject(iterator), keyFromAtom(atoms.next)));
  return IteratorRecord{iterator, next};
}

Result<Value> iteratorStep(const IteratorRecord &record) {
  Value result = KILN_TRY(call(record.next, record.iterator, nullptr, 0));
  if (!isObject(result)) {
    std::string shown = toUTF8(inspectForMessage(result));
    return throwTypeError("Iterator result %s is not an object", shown.c_str());
  }
  Value done = KILN_TRY(getProperty(asObject(result), keyFromAtom(atoms.done)));
  if (toBoolean(done)) return ValueEmpty;
  return getProperty(asObject(result), keyFromAtom(atoms.value));
}

void iteratorClose(const IteratorRecord &record) {
  Value saved = pendingException;
  Result<Value> method = getValueProperty(record.iterator, keyFromString(internUTF8("return")));
  if (!method.isThrown() && isCallable(method.value())) (void)call(method.value(), record.iterator, nullptr, 0);
  pendingException = saved;
}

static bool hasBuiltinArrayIteration(Value v) {
  if (!isArray(v)) return false;
  Object *o = asObject(v);
  PropertyKey key = PropertyKey::fromCell(realm.symbolIterator);
  if (getOwnProperty(o, key).found || prototypeOf(o) != realm.arrayPrototype) return false;
  return getDataPropertyNoRJS(realm.arrayPrototype, key) == realm.arrayValues &&
         getOwnProperty(arrayIteratorPrototype, keyFromAtom(atoms.next)).value == realm.arrayIteratorNext;
}

Result<Array *> iterableToArray(Value iterable) {
  if (hasBuiltinArrayIteration(iterable)) {
    Array *source = asArray(iterable);
    Array *result = newArray(0, source->length);
    for (uint32_t i = 0; i < source->length; ++i) arrayPush(result, KILN_TRY(getProperty(source, PropertyKey::fromIndex(i))));
    return result;
  }
  IteratorRecord record = KILN_TRY(getIterator(iterable));
  Array *result = newArray(0);
  while (true) {
    Value v = KILN_TRY(iteratorStep(record));
    if (v == ValueEmpty) return result;
    arrayPush(result, v);
  }
}

// ---- Array and string iterators ------------------------------------------------------------

static Result<Value> iteratorSelf(const CallArgs &args) { return args.thisValue; }

static Result<Value> arrayIteratorNext(const CallArgs &args) {
  if (!isCellOfKind(args.thisValue, CellKind::ArrayIterator))
    return throwTypeError("next method called on incompatible receiver");
  auto *it = reinterpret_cast<IteratorObject *>(asCell(args.thisValue));
  if (isUndefined(it->iterated)) return cellValue(createIterResultObject(ValueUndefined, true));
  Object *target = asObject(it->iterated);
  uint32_t length;
  if (target->kind == CellKind::Array) {
    length = static_cast<Array *>(target)->length;
  } else {
    Value l = KILN_TRY(getProperty(target, keyFromAtom(atoms.length)));
    double d = KILN_TRY(toIntegerOrInfinity(l));
    length = d <= 0 ? 0 : d >= 4294967295.0 ? 4294967295u : static_cast<uint32_t>(d);
  }
  uint32_t index = it->index;
  if (index >= length) {
    it->iterated = ValueUndefined;
    return cellValue(createIterResultObject(ValueUndefined, true));
  }
  it->index = index + 1;
  if (it->yields == IteratorObject::Keys) return cellValue(createIterResultObject(int32Value(static_cast<int32_t>(index)), false));
  Value element = KILN_TRY(getProperty(target, PropertyKey::fromIndex(index)));
  if (it->yields == IteratorObject::Values) return cellValue(createIterResultObject(element, false));
  Value pair[2] = {numberValue(index), element};
  return cellValue(createIterResultObject(cellValue(newArrayFrom(pair, 2)), false));
}

static Result<Value> stringIteratorNext(const CallArgs &args) {
  if (!isCellOfKind(args.thisValue, CellKind::StringIterator))
    return throwTypeError("next method called on incompatible receiver");
  auto *it = reinterpret_cast<IteratorObject *>(asCell(args.thisValue));
  if (isUndefined(it->iterated)) return cellValue(createIterResultObject(ValueUndefined, true));
  String *s = asString(it->iterated);
  if (it->index >= s->length) {
    it->iterated = ValueUndefined;
    return cellValue(createIterResultObject(ValueUndefined, true));
  }
  uint32_t cp = codePointAt(s, it->index);
  uint32_t size = cp >= 0x10000 ? 2 : 1;
  String *piece = substring(s, it->index, it->index + size);
  it->index += size;
  return cellValue(createIterResultObject(cellValue(piece), false));
}

Result<Value> stringIteratorMethod(const CallArgs &args) {
  if (isNullish(args.thisValue)) return throwTypeError("String.prototype[Symbol.iterator] called on null or undefined");
  String *s = KILN_TRY(toString(args.thisValue));
  return cellValue(newIteratorObject(CellKind::StringIterator, stringIteratorPrototype, cellValue(s), IteratorObject::Values));
}

void installIterators(Object *global) {
  iteratorPrototype = newObject(realm.objectPrototype);
  defineSymbolMethod(iteratorPrototype, realm.symbolIterator, "[Symbol.iterator]", &nativeEntry<iteratorSelf>, 0);
  arrayIteratorPrototype = newObject(iteratorPrototype);
  Function *next = defineMethod(arrayIteratorPrototype, atoms.next, &nativeEntry<arrayIteratorNext>, 0);
  realm.arrayIteratorNext = cellValue(next);
  defineOwnProperty(arrayIteratorPrototype, PropertyKey::fromCell(realm.symbolToStringTag),
                    stringValue("Array Iterator"), Configurable);
  stringIteratorPrototype = newObject(iteratorPrototype);
  defineMethod(stringIteratorPrototype, atoms.next, &nativeEntry<stringIteratorNext>, 0);
  defineOwnProperty(stringIteratorPrototype, PropertyKey::fromCell(realm.symbolToStringTag),
                    stringValue("String Iterator"), Configurable);
}

}  // namespace kiln::rt
