// WeakMap and WeakSet, made weak by storing every entry on its key rather than in the collection.
//
// Boehm GC has no ephemerons: a table in the collection that held keys (even through disappearing
// links) would keep each value reachable from the collection, and a value that refers back to its
// key would keep the key alive forever. So the collection holds nothing but a private name of its
// own (a Symbol cell flagged Private, as kiln_private_name_new makes for `#x`), and
// `wm.set(key, value)` stores `value` on `key` under that name, exactly as a private field is
// stored. Private names are invisible to ownPropertyKeys, so Object.keys/getOwnPropertySymbols,
// for-in, JSON, Object.assign, spread, freeze and inspect never see an entry; and defineOwnProperty
// adds them to frozen and non-extensible objects too, as private fields are. Consequences:
//   - a value lives exactly as long as its key (or until delete), with no extra work by the
//     collector: a dead key takes its entries with it, and an entry's value referring to its own
//     key is no leak;
//   - get/has/delete are a property lookup on the key; a WeakMap with no entries costs one object;
//   - the other direction is not weak: entries of a collection that dies stay on their keys
//     (unreachable by anyone) until the key dies. Programs that create a collection per operation
//     and reuse long-lived keys pay memory for that.
// A key gets a dictionary shape of its own before its first entry is added: a private name is
// per collection (unbounded in number), and shared-shape transitions keyed by it would grow the
// transition tree (and keep the names alive) for every collection ever used with keys of a shape.
//
// Keys are objects and, as in node 20 (symbols as WeakMap keys, ES2023), symbols that are not
// registered by Symbol.for. A symbol has no property storage, so its entries live on a
// null-prototype holder object that the Symbol cell points to (Symbol::weakEntries), made on the
// symbol's first entry: again as long-lived as the key.
#include "Builtins.h"

#include "Iterators.h"
#include "MapAndSet.h"
#include "heap/Heap.h"
#include "object/Shape.h"

namespace kiln::rt {

struct WeakCollection : Object {
  Value name;  // this collection's private name: the property key of its entries on keys
};

static Object *weakMapPrototype, *weakSetPrototype;

// CanBeHeldWeakly: an object, or a symbol not from Symbol.for.
static bool canBeHeldWeakly(Value v) {
  if (isObject(v)) return true;
  return isSymbol(v) && !asSymbol(v)->isPrivate() && !isRegisteredSymbol(v);
}

// Where the entries keyed by `key` are stored (null when a symbol has none yet and !create).
static Object *entryHolder(Value key, bool create) {
  if (isObject(key)) return asObject(key);
  Symbol *symbol = asSymbol(key);
  if (!symbol->weakEntries && create) symbol->weakEntries = newObject(nullptr);
  return symbol->weakEntries;
}

static OwnProperty findEntry(WeakCollection *c, Value key) {
  if (!canBeHeldWeakly(key)) return OwnProperty{};
  Object *holder = entryHolder(key, false);
  return holder ? getOwnProperty(holder, PropertyKey::fromCell(c->name)) : OwnProperty{};
}

static void storeEntry(WeakCollection *c, Value key, Value value) {
  Object *holder = entryHolder(key, true);
  PropertyKey name = PropertyKey::fromCell(c->name);
  OwnProperty existing = getOwnProperty(holder, name);
  if (existing.found) {
    holder->slots[existing.slot] = value;
    return;
  }
  if (!holder->shape->dictionary) holder->shape = dictionaryFrom(holder->shape);
  defineOwnProperty(holder, name, value, Writable | Configurable);
}

static bool deleteEntry(WeakCollection *c, Value key) {
  if (!findEntry(c, key).found) return false;
  deleteOwnProperty(entryHolder(key, false), PropertyKey::fromCell(c->name));
  return true;
}

static Result<WeakCollection *> thisCollection(const CallArgs &args, CellKind kind, const char *method) {
  if (!isCellOfKind(args.thisValue, kind)) {
    std::string shown = toUTF8(noSideEffectsToString(args.thisValue));
    return throwTypeError("Method %s called on incompatible receiver %s", method, shown.c_str());
  }
  return reinterpret_cast<WeakCollection *>(asCell(args.thisValue));
}

template <CellKind Kind>
static Result<Value> weakConstructor(const CallArgs &args) {
  bool isMap = Kind == CellKind::WeakMap;
  const char *typeName = isMap ? "WeakMap" : "WeakSet";
  if (!args.isConstructCall()) return throwTypeError("Constructor %s requires 'new'", typeName);
  Value p = KILN_TRY(getValueProperty(args.newTarget, keyFromAtom(atoms.prototype)));
  Object *prototype = isObject(p) ? asObject(p) : (isMap ? weakMapPrototype : weakSetPrototype);
  auto *c = static_cast<WeakCollection *>(newObjectOfKind(Kind, sizeof(WeakCollection), prototype));
  Symbol *name = newSymbol(stringValue(typeName));
  name->bits |= Symbol::Private;
  c->name = cellValue(name);
  if (isNullish(args[0])) return cellValue(c);
  KILN_TRY(addEntriesFromIterable(c, args[0], isMap));
  return cellValue(c);
}

#define THIS_WEAKMAP(method) \
  WeakCollection *c = KILN_TRY(thisCollection(args, CellKind::WeakMap, "WeakMap.prototype." method))
#define THIS_WEAKSET(method) \
  WeakCollection *c = KILN_TRY(thisCollection(args, CellKind::WeakSet, "WeakSet.prototype." method))

static Result<Value> weakMapGet(const CallArgs &args) {
  THIS_WEAKMAP("get");
  OwnProperty p = findEntry(c, args[0]);
  return p.found ? p.value : ValueUndefined;
}
static Result<Value> weakMapSet(const CallArgs &args) {
  THIS_WEAKMAP("set");
  if (!canBeHeldWeakly(args[0])) return throwTypeError("Invalid value used as weak map key");
  storeEntry(c, args[0], args[1]);
  return args.thisValue;
}
static Result<Value> weakMapHas(const CallArgs &args) {
  THIS_WEAKMAP("has");
  return boolValue(findEntry(c, args[0]).found);
}
static Result<Value> weakMapDelete(const CallArgs &args) {
  THIS_WEAKMAP("delete");
  return boolValue(deleteEntry(c, args[0]));
}
static Result<Value> weakSetAdd(const CallArgs &args) {
  THIS_WEAKSET("add");
  if (!canBeHeldWeakly(args[0])) return throwTypeError("Invalid value used in weak set");
  storeEntry(c, args[0], ValueTrue);
  return args.thisValue;
}
static Result<Value> weakSetHas(const CallArgs &args) {
  THIS_WEAKSET("has");
  return boolValue(findEntry(c, args[0]).found);
}
static Result<Value> weakSetDelete(const CallArgs &args) {
  THIS_WEAKSET("delete");
  return boolValue(deleteEntry(c, args[0]));
}

void installWeakCollections(Object *global) {
  // Property order as V8's: constructor, delete, get, set, has / constructor, delete, has, add.
  weakMapPrototype = newObject(realm.objectPrototype);
  defineConstructor(global, "WeakMap", &nativeEntry<weakConstructor<CellKind::WeakMap>>, 0, weakMapPrototype);
  defineMethods(weakMapPrototype, {
                                      KILN_METHOD("delete", weakMapDelete, 1),
                                      KILN_METHOD("get", weakMapGet, 1),
                                      KILN_METHOD("set", weakMapSet, 2),
                                      KILN_METHOD("has", weakMapHas, 1),
                                  });
  defineOwnProperty(weakMapPrototype, PropertyKey::fromCell(realm.symbolToStringTag), stringValue("WeakMap"),
                    Configurable);

  weakSetPrototype = newObject(realm.objectPrototype);
  defineConstructor(global, "WeakSet", &nativeEntry<weakConstructor<CellKind::WeakSet>>, 0, weakSetPrototype);
  defineMethods(weakSetPrototype, {
                                      KILN_METHOD("delete", weakSetDelete, 1),
                                      KILN_METHOD("has", weakSetHas, 1),
                                      KILN_METHOD("add", weakSetAdd, 1),
                                  });
  defineOwnProperty(weakSetPrototype, PropertyKey::fromCell(realm.symbolToStringTag), stringValue("WeakSet"),
                    Configurable);
}

}  // namespace kiln::rt
