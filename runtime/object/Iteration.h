// The iteration protocol (GetIterator, IteratorStep, IteratorClose) shared by generated code
// (for-of, spread, destructuring, through the kiln_*iterator* entry points) and the built-ins.
//
// An IteratorRecord is an internal cell, so generated code can hold one in a single value. Arrays
// whose iteration is the built-in one (no own or replaced Symbol.iterator, untouched
// %ArrayIteratorPrototype%.next) are walked directly, without iterator or result objects; the
// observable behaviour is the same (length and elements are read at each step). for-in uses the
// same record over a precomputed key list.
#pragma once

#include "object/Object.h"

namespace kiln::rt {

struct IteratorRecord : Cell {
  enum Mode : uint8_t { Protocol, FastArray, ForIn };
  Value iterator;   // the iterator object; the array (FastArray); the object (ForIn)
  Value next;       // the `next` method (Protocol)
  Array *keys;      // ForIn: the keys to visit
  uint32_t index;   // FastArray, ForIn: the next position
  bool done;
  Mode mode() const { return static_cast<Mode>(bits); }
};

Result<IteratorRecord *> getIterator(Value iterable);
// GetIterator on a built-in's argument (new Map(x), Object.fromEntries(x)): the TypeError names the
// value by its type, as V8 does ("number 5 is not iterable (cannot read property ...)").
Result<IteratorRecord *> getIteratorOfArgument(Value iterable);
// The next value, or ValueEmpty when the iterator is done.
Result<Value> iteratorStep(IteratorRecord *record);
// IteratorClose after a normal exit (break, return): errors from `return()` propagate.
Status iteratorClose(IteratorRecord *record);
// IteratorClose while an exception is propagating: the pending exception is kept.
void iteratorCloseForThrow(IteratorRecord *record);
// Iterates `iterable` into a new array / onto the end of `array`.
Result<Array *> iterableToArray(Value iterable);
Status appendIterable(Array *array, Value iterable);
// An iterator record over the for-in keys of `object`.
Result<IteratorRecord *> forInIterator(Value object);

}  // namespace kiln::rt
