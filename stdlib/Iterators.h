// The iteration protocol for C++ built-ins (GetIterator / IteratorStep / IteratorClose), and the
// built-in iterator objects (array, string, map and set iterators).
#pragma once

#include "Builtins.h"

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

struct IteratorRecord {
  Value iterator;
  Value next;
};
Result<IteratorRecord> getIterator(Value iterable);
// The next value, or ValueEmpty when the iterator is done.
Result<Value> iteratorStep(const IteratorRecord &record);
void iteratorClose(const IteratorRecord &record);  // ignores errors from return()
// Iterates `iterable` into a new array (fast path for arrays with the built-in iterator).
Result<Array *> iterableToArray(Value iterable);

extern Object *arrayIteratorPrototype;
extern Object *iteratorPrototype;

}  // namespace kiln::rt
