// Map and Set: insertion-ordered hash tables keyed by SameValueZero. Exposed to Inspect.cpp.
#pragma once

#include "Builtins.h"

#include <vector>

namespace kiln::rt {

uint32_t collectionSize(Object *mapOrSet);
// The constructor loop shared by Map, Set, WeakMap and WeakSet: calls the collection's `set`
// (entries) or `add` for every value of `iterable`.
Status addEntriesFromIterable(Object *collection, Value iterable, bool entries);
// The live entries in insertion order (values empty for a Set).
void collectionEntries(Object *mapOrSet, std::vector<Value> &keys, std::vector<Value> &values);
// The entries a Map or Set iterator has not yielded yet; `isEntries` tells [k, v] pairs from keys.
void iteratorRemaining(Object *iterator, std::vector<Value> &keys, std::vector<Value> &values, bool &isEntries,
                       bool &isMap);

}  // namespace kiln::rt
