// Map and Set over an ordered hash table (as V8's OrderedHashTable): entries are appended in
// insertion order, deletion leaves a hole, and the table is rebuilt without holes when it grows.
// Iterators hold an entry index into the table they started on; a rebuilt (or cleared) table
// points to its successor and records how to translate old indices, so iteration continues
// correctly across deletes, inserts and clear(), as the spec requires.
#include "MapAndSet.h"

#include "Iterators.h"
#include "heap/Heap.h"
#include "number/BigInt.h"

#include <algorithm>
#include <cmath>

namespace kiln::rt {

struct OrderedTable {
  uint32_t used;       // entries appended (live and deleted)
  uint32_t live;
  uint32_t capacity;
  uint32_t bucketCount;  // power of two
  Value *keys;           // ValueEmpty marks a deleted entry
  Value *values;
  uint32_t *buckets;     // entry index + 1, 0 empty (atomic memory)
  OrderedTable *next;    // the table that replaced this one
  uint32_t *removedBefore;  // for index translation into `next`; null after clear()
};

struct MapObject : Object {
  OrderedTable *table;
};

struct CollectionIterator : IteratorObject {
  OrderedTable *table;
};

static Object *mapPrototype, *setPrototypeObject, *mapIteratorPrototype, *setIteratorPrototype;

static OrderedTable *newTable(uint32_t capacity) {
  auto *t = static_cast<OrderedTable *>(allocateScanned(sizeof(OrderedTable)));
  t->capacity = capacity;
  t->bucketCount = 8;
  while (t->bucketCount < capacity * 2) t->bucketCount *= 2;
  t->keys = allocateValues(capacity);
  t->values = allocateValues(capacity);
  t->buckets = static_cast<uint32_t *>(allocateAtomic(t->bucketCount * sizeof(uint32_t)));
  return t;
}

static Value normalizeKey(Value key) {
  if (isDouble(key)) return numberValue(asDouble(key) == 0 ? 0.0 : asDouble(key));  // -0 → +0, int32 when integral
  return key;
}

static uint32_t hashKey(Value key) {
  if (isString(key)) return hashString(asString(key));
  if (isBigInt(key)) {
    BigInt *b = asBigInt(key);
    uint32_t h = b->isNegative() ? 0x9e3779b9u : 0;
    for (uint32_t i = 0; i < b->length; ++i) h = h * 31 + b->digits()[i];
    return h;
  }
  uint64_t x = key * 0x9E3779B97F4A7C15ull;
  return static_cast<uint32_t>(x >> 32);
}

static bool keysEqual(Value a, Value b) {
  if (a == b) return true;
  return sameValueZero(a, b);
}

static int64_t findEntry(OrderedTable *t, Value key, uint32_t h) {
  uint32_t mask = t->bucketCount - 1;
  for (uint32_t i = h & mask;; i = (i + 1) & mask) {
    uint32_t e = t->buckets[i];
    if (e == 0) return -1;
    Value k = t->keys[e - 1];
    if (k != ValueEmpty && keysEqual(k, key)) return e - 1;
  }
}

static void insertBucket(OrderedTable *t, uint32_t entry, uint32_t h) {
  uint32_t mask = t->bucketCount - 1;
  for (uint32_t i = h & mask;; i = (i + 1) & mask) {
    if (t->buckets[i] == 0) {
      t->buckets[i] = entry + 1;
      return;
    }
  }
}

// Rebuilds `m`'s table without holes (and with room to grow), linking the old one to it.
static void rehash(MapObject *m, uint32_t capacity) {
  OrderedTable *old = m->table;
  OrderedTable *t = newTable(capacity);
  old->removedBefore = static_cast<uint32_t *>(allocateAtomic((old->used + 1) * sizeof(uint32_t)));
  uint32_t removed = 0;
  for (uint32_t i = 0; i < old->used; ++i) {
    old->removedBefore[i] = removed;
    if (old->keys[i] == ValueEmpty) {
      ++removed;
      continue;
    }
    uint32_t e = t->used++;
    t->keys[e] = old->keys[i];
    t->values[e] = old->values[i];
    insertBucket(t, e, hashKey(old->keys[i]));
  }
  old->removedBefore[old->used] = removed;
  t->live = t->used;
  old->next = t;
  m->table = t;
}

static void tableSet(MapObject *m, Value key, Value value) {
  key = normalizeKey(key);
  uint32_t h = hashKey(key);
  int64_t e = findEntry(m->table, key, h);
  if (e >= 0) {
    m->table->values[e] = value;
    return;
  }
  OrderedTable *t = m->table;
  if (t->used == t->capacity) rehash(m, t->live * 2 < t->capacity ? t->capacity : t->capacity * 2);
  t = m->table;
  uint32_t entry = t->used++;
  t->keys[entry] = key;
  t->values[entry] = value;
  ++t->live;
  insertBucket(t, entry, h);
}

static bool tableDelete(MapObject *m, Value key) {
  key = normalizeKey(key);
  int64_t e = findEntry(m->table, key, hashKey(key));
  if (e < 0) return false;
  m->table->keys[e] = ValueEmpty;
  m->table->values[e] = ValueEmpty;
  --m->table->live;
  return true;
}

static void tableClear(MapObject *m) {
  OrderedTable *old = m->table;
  OrderedTable *t = newTable(8);
  old->next = t;
  old->removedBefore = nullptr;
  m->table = t;
}

// ---- Objects and `this` checks -------------------------------------------------------------

static Result<MapObject *> thisCollection(const CallArgs &args, CellKind kind, const char *method) {
  if (!isCellOfKind(args.thisValue, kind)) {
    std::string shown = toUTF8(noSideEffectsToString(args.thisValue));
    return throwTypeError("Method %s called on incompatible receiver %s", method, shown.c_str());
  }
  return reinterpret_cast<MapObject *>(asCell(args.thisValue));
}

// The constructors' loop over an iterable argument (Map, Set, WeakMap, WeakSet): looks up the
// collection's own `set`/`add` and calls it with each [key, value] entry or value, closing the
// iterator when anything throws.
Status addEntriesFromIterable(Object *collection, Value iterable, bool entries) {
  const char *adderText = entries ? "set" : "add";
  Value adder = KILN_TRY(getProperty(collection, keyFromAtom(internUTF8(adderText))));
  if (!isCallable(adder)) {
    return throwTypeError("'%s' returned for property '%s' of object '%s' is not a function",
                          toUTF8(toStringNoRJS(adder)).c_str(), adderText,
                          toUTF8(noSideEffectsToString(cellValue(collection))).c_str());
  }
  IteratorRecord *record = KILN_TRY(getIteratorOfArgument(iterable));
  while (true) {
    Value item = KILN_TRY(iteratorStep(record));
    if (item == ValueEmpty) break;
    Result<Value> added = ValueUndefined;
    if (entries) {
      if (!isObject(item)) {
        iteratorCloseForThrow(record);
        std::string shown = toUTF8(toStringNoRJS(item));
        return throwTypeError("Iterator value %s is not an entry object", shown.c_str());
      }
      Result<Value> k = getProperty(asObject(item), PropertyKey::fromIndex(0));
      Result<Value> v = k.isThrown() ? Result<Value>(Thrown) : getProperty(asObject(item), PropertyKey::fromIndex(1));
      if (v.isThrown()) {
        iteratorCloseForThrow(record);
        return Thrown;
      }
      Value pair[2] = {k.value(), v.value()};
      added = call(adder, cellValue(collection), pair, 2);
    } else {
      added = call(adder, cellValue(collection), &item, 1);
    }
    if (added.isThrown()) {
      iteratorCloseForThrow(record);
      return Thrown;
    }
  }
  return Ok;
}

template <CellKind Kind>
static Result<Value> collectionConstructor(const CallArgs &args) {
  bool isMap = Kind == CellKind::Map;
  if (!args.isConstructCall()) return throwTypeError("Constructor %s requires 'new'", isMap ? "Map" : "Set");
  Value p = KILN_TRY(getValueProperty(args.newTarget, keyFromAtom(atoms.prototype)));
  Object *prototype = isObject(p) ? asObject(p) : (isMap ? mapPrototype : setPrototypeObject);
  auto *m = static_cast<MapObject *>(newObjectOfKind(Kind, sizeof(MapObject), prototype));
  m->table = newTable(8);
  if (isNullish(args[0])) return cellValue(m);
  KILN_TRY(addEntriesFromIterable(m, args[0], isMap));
  return cellValue(m);
}

#define THIS_MAP(method) MapObject *m = KILN_TRY(thisCollection(args, CellKind::Map, "Map.prototype." method))
#define THIS_SET(method) MapObject *m = KILN_TRY(thisCollection(args, CellKind::Set, "Set.prototype." method))

static Result<Value> mapGet(const CallArgs &args) {
  THIS_MAP("get");
  Value key = normalizeKey(args[0]);
  int64_t e = findEntry(m->table, key, hashKey(key));
  return e < 0 ? ValueUndefined : m->table->values[e];
}
static Result<Value> mapSet(const CallArgs &args) {
  THIS_MAP("set");
  tableSet(m, args[0], args[1]);
  return args.thisValue;
}
static Result<Value> mapHas(const CallArgs &args) {
  THIS_MAP("has");
  Value key = normalizeKey(args[0]);
  return boolValue(findEntry(m->table, key, hashKey(key)) >= 0);
}
static Result<Value> mapDelete(const CallArgs &args) {
  THIS_MAP("delete");
  return boolValue(tableDelete(m, args[0]));
}
static Result<Value> mapClear(const CallArgs &args) {
  THIS_MAP("clear");
  tableClear(m);
  return ValueUndefined;
}
static Result<Value> mapSize(const CallArgs &args) {
  MapObject *m = KILN_TRY(thisCollection(args, CellKind::Map, "get Map.prototype.size"));
  return numberValue(m->table->live);
}
static Result<Value> setAdd(const CallArgs &args) {
  THIS_SET("add");
  Value key = normalizeKey(args[0]);  // a Set holds +0 for -0, and keeps the first of equal values
  if (findEntry(m->table, key, hashKey(key)) < 0) tableSet(m, key, key);
  return args.thisValue;
}
static Result<Value> setHas(const CallArgs &args) {
  THIS_SET("has");
  Value key = normalizeKey(args[0]);
  return boolValue(findEntry(m->table, key, hashKey(key)) >= 0);
}
static Result<Value> setDelete(const CallArgs &args) {
  THIS_SET("delete");
  return boolValue(tableDelete(m, args[0]));
}
static Result<Value> setClear(const CallArgs &args) {
  THIS_SET("clear");
  tableClear(m);
  return ValueUndefined;
}
static Result<Value> setSize(const CallArgs &args) {
  MapObject *m = KILN_TRY(thisCollection(args, CellKind::Set, "get Set.prototype.size"));
  return numberValue(m->table->live);
}

template <CellKind Kind>
static Result<Value> collectionForEach(const CallArgs &args) {
  MapObject *m = KILN_TRY(thisCollection(args, Kind, Kind == CellKind::Map ? "Map.prototype.forEach" : "Set.prototype.forEach"));
  if (!isCallable(args[0])) {
    std::string shown = toUTF8(callSiteForMessage(args[0]));
    return throwTypeError("%s is not a function", shown.c_str());
  }
  OrderedTable *t = m->table;
  for (uint32_t i = 0;;) {
    while (t->next) {
      i = t->removedBefore ? i - t->removedBefore[std::min(i, t->used)] : 0;
      t = t->next;
    }
    if (i >= t->used) break;
    Value key = t->keys[i], value = t->values[i];
    ++i;
    if (key == ValueEmpty) continue;
    Value callArgs[3] = {value, key, args.thisValue};
    KILN_TRY(call(args[0], args[1], callArgs, 3));
  }
  return ValueUndefined;
}

// ---- Iterators -----------------------------------------------------------------------------

template <CellKind Kind, IteratorObject::Kind Yields>
static Result<Value> collectionIterator(const CallArgs &args) {
  static constexpr const char *method =
      Kind == CellKind::Map ? (Yields == IteratorObject::Keys     ? "Map.prototype.keys"
                               : Yields == IteratorObject::Values ? "Map.prototype.values"
                                                                  : "Map.prototype.entries")
                            : (Yields == IteratorObject::Entries ? "Set.prototype.entries" : "Set.prototype.values");
  MapObject *m = KILN_TRY(thisCollection(args, Kind, method));
  bool isMap = Kind == CellKind::Map;
  auto *it = static_cast<CollectionIterator *>(
      newObjectOfKind(isMap ? CellKind::MapIterator : CellKind::SetIterator, sizeof(CollectionIterator),
                      isMap ? mapIteratorPrototype : setIteratorPrototype));
  it->iterated = cellValue(m);
  it->yields = Yields;
  it->table = m->table;
  return cellValue(it);
}

// Advances past holes, following rebuilt tables; returns the entry index or -1 at the end.
static int64_t iteratorPosition(CollectionIterator *it) {
  OrderedTable *t = it->table;
  uint32_t i = it->index;
  while (t->next) {
    i = t->removedBefore ? i - t->removedBefore[std::min(i, t->used)] : 0;
    t = t->next;
  }
  while (i < t->used && t->keys[i] == ValueEmpty) ++i;
  it->table = t;
  it->index = i;
  return i < t->used ? static_cast<int64_t>(i) : -1;
}

static Value mapIteratorNext;  // %MapIteratorPrototype%.next, told from the Set one by the callee

static Result<Value> collectionIteratorNext(const CallArgs &args) {
  CellKind expected = args.callee == mapIteratorNext ? CellKind::MapIterator : CellKind::SetIterator;
  if (!isCellOfKind(args.thisValue, expected)) {
    std::string shown = toUTF8(noSideEffectsToString(args.thisValue));
    return throwTypeError("Method %s Iterator.prototype.next called on incompatible receiver %s",
                          expected == CellKind::MapIterator ? "Map" : "Set", shown.c_str());
  }
  auto *it = reinterpret_cast<CollectionIterator *>(asCell(args.thisValue));
  if (isUndefined(it->iterated)) return cellValue(createIterResultObject(ValueUndefined, true));
  int64_t i = iteratorPosition(it);
  if (i < 0) {
    it->iterated = ValueUndefined;
    return cellValue(createIterResultObject(ValueUndefined, true));
  }
  Value key = it->table->keys[i], value = it->table->values[i];
  it->index = static_cast<uint32_t>(i) + 1;
  if (it->yields == IteratorObject::Keys) return cellValue(createIterResultObject(key, false));
  if (it->yields == IteratorObject::Values) return cellValue(createIterResultObject(value, false));
  Value pair[2] = {key, value};
  return cellValue(createIterResultObject(cellValue(newArrayFrom(pair, 2)), false));
}

// ---- For inspect ---------------------------------------------------------------------------

uint32_t collectionSize(Object *o) { return static_cast<MapObject *>(o)->table->live; }

void collectionEntries(Object *o, std::vector<Value> &keys, std::vector<Value> &values) {
  OrderedTable *t = static_cast<MapObject *>(o)->table;
  for (uint32_t i = 0; i < t->used; ++i) {
    if (t->keys[i] == ValueEmpty) continue;
    keys.push_back(t->keys[i]);
    values.push_back(t->values[i]);
  }
}

void iteratorRemaining(Object *o, std::vector<Value> &keys, std::vector<Value> &values, bool &isEntries, bool &isMap) {
  auto *it = static_cast<CollectionIterator *>(o);
  isMap = o->kind == CellKind::MapIterator;
  isEntries = it->yields == IteratorObject::Entries;
  if (isUndefined(it->iterated)) return;
  int64_t start = iteratorPosition(it);
  if (start < 0) return;
  OrderedTable *t = it->table;
  for (uint32_t i = static_cast<uint32_t>(start); i < t->used; ++i) {
    if (t->keys[i] == ValueEmpty) continue;
    keys.push_back(t->keys[i]);
    values.push_back(it->yields == IteratorObject::Keys ? t->keys[i] : t->values[i]);
  }
}

void installMapAndSet(Object *global) {
  mapPrototype = newObject(realm.objectPrototype);
  defineConstructor(global, "Map", &nativeEntry<collectionConstructor<CellKind::Map>>, 0, mapPrototype);
  defineMethods(mapPrototype, {
                                  KILN_METHOD("get", mapGet, 1),
                                  KILN_METHOD("set", mapSet, 2),
                                  KILN_METHOD("has", mapHas, 1),
                                  KILN_METHOD("delete", mapDelete, 1),
                                  KILN_METHOD("clear", mapClear, 0),
                                  KILN_METHOD("forEach", collectionForEach<CellKind::Map>, 1),
                                  KILN_METHOD("keys", (collectionIterator<CellKind::Map, IteratorObject::Keys>), 0),
                                  KILN_METHOD("values", (collectionIterator<CellKind::Map, IteratorObject::Values>), 0),
                              });
  Function *mapEntries = defineMethod(mapPrototype, internUTF8("entries"),
                                      &nativeEntry<collectionIterator<CellKind::Map, IteratorObject::Entries>>, 0);
  defineOwnProperty(mapPrototype, PropertyKey::fromCell(realm.symbolIterator), cellValue(mapEntries), Writable | Configurable);
  defineGetter(mapPrototype, "size", &nativeEntry<mapSize>);
  defineOwnProperty(mapPrototype, PropertyKey::fromCell(realm.symbolToStringTag), stringValue("Map"), Configurable);

  setPrototypeObject = newObject(realm.objectPrototype);
  defineConstructor(global, "Set", &nativeEntry<collectionConstructor<CellKind::Set>>, 0, setPrototypeObject);
  defineMethods(setPrototypeObject, {
                                  KILN_METHOD("add", setAdd, 1),
                                  KILN_METHOD("has", setHas, 1),
                                  KILN_METHOD("delete", setDelete, 1),
                                  KILN_METHOD("clear", setClear, 0),
                                  KILN_METHOD("forEach", collectionForEach<CellKind::Set>, 1),
                                  KILN_METHOD("entries", (collectionIterator<CellKind::Set, IteratorObject::Entries>), 0),
                              });
  Function *setValues = defineMethod(setPrototypeObject, internUTF8("values"),
                                     &nativeEntry<collectionIterator<CellKind::Set, IteratorObject::Values>>, 0);
  defineOwnProperty(setPrototypeObject, keyFromString(internUTF8("keys")), cellValue(setValues), Writable | Configurable);
  defineOwnProperty(setPrototypeObject, PropertyKey::fromCell(realm.symbolIterator), cellValue(setValues), Writable | Configurable);
  defineGetter(setPrototypeObject, "size", &nativeEntry<setSize>);
  defineOwnProperty(setPrototypeObject, PropertyKey::fromCell(realm.symbolToStringTag), stringValue("Set"), Configurable);

  mapIteratorPrototype = newObject(iteratorPrototype);
  mapIteratorNext = cellValue(defineMethod(mapIteratorPrototype, atoms.next, &nativeEntry<collectionIteratorNext>, 0));
  defineOwnProperty(mapIteratorPrototype, PropertyKey::fromCell(realm.symbolToStringTag), stringValue("Map Iterator"),
                    Configurable);
  setIteratorPrototype = newObject(iteratorPrototype);
  defineMethod(setIteratorPrototype, atoms.next, &nativeEntry<collectionIteratorNext>, 0);
  defineOwnProperty(setIteratorPrototype, PropertyKey::fromCell(realm.symbolToStringTag), stringValue("Set Iterator"),
                    Configurable);
}

}  // namespace kiln::rt
