// The array and string iterators. See Iterators.h.
#include "Iterators.h"

#include "heap/Heap.h"

namespace kiln::rt {

Object *iteratorPrototype;
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

// ---- Array and string iterators ------------------------------------------------------------

static Result<Value> iteratorSelf(const CallArgs &args) { return args.thisValue; }

static Result<Value> arrayIteratorNext(const CallArgs &args) {
  if (!isCellOfKind(args.thisValue, CellKind::ArrayIterator)) {
    std::string shown = toUTF8(noSideEffectsToString(args.thisValue));
    return throwTypeError("Method Array Iterator.prototype.next called on incompatible receiver %s", shown.c_str());
  }
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
  if (!isCellOfKind(args.thisValue, CellKind::StringIterator)) {
    std::string shown = toUTF8(noSideEffectsToString(args.thisValue));
    return throwTypeError("Method String Iterator.prototype.next called on incompatible receiver %s", shown.c_str());
  }
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
  Object *arrayIteratorPrototype = newObject(iteratorPrototype);
  realm.arrayIteratorPrototype = arrayIteratorPrototype;
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
