// The built-in iterator objects (array, string, map and set iterators). The protocol itself
// (getIterator, iteratorStep, ...) is the runtime's: object/Iteration.h.
#pragma once

#include "Builtins.h"
#include "object/Iteration.h"

namespace kiln::rt {

// A built-in iterator: what it walks, where it is, and what it yields.
struct IteratorObject : Object {
  enum Kind : uint32_t { Keys, Values, Entries };
  Value iterated;  // ValueUndefined once exhausted
  uint32_t index;
  Kind yields;
};

Object *newIteratorObject(CellKind kind, Object *prototype, Value iterated, IteratorObject::Kind yields);
Object *createIterResultObject(Value value, bool done);

extern Object *iteratorPrototype;

}  // namespace kiln::rt
