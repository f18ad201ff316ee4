// The runtime's global state: interned atoms (Atoms.def), well-known symbols and the intrinsic
// objects (prototypes, constructors, the global object). Both structs are statics, so Boehm scans
// them as roots.
#pragma once

#include "object/Object.h"

namespace kiln::rt {

struct Atoms {
#define ATOM(Name, Text) String *Name;
#include "kiln/Atoms.def"
};
extern Atoms atoms;

struct Realm {
  Object *objectPrototype;
  Object *functionPrototype;
  Object *arrayPrototype;
  Object *stringPrototype;
  Object *numberPrototype;
  Object *booleanPrototype;
  Object *symbolPrototype;
  Object *bigintPrototype;
  Object *errorPrototype[7];    // indexed by ErrorKind
  Function *errorConstructor[7];
  Object *globalObject;
  Value symbolIterator, symbolHasInstance, symbolToPrimitive, symbolToStringTag, symbolAsyncIterator;
  Value symbolUnscopables, symbolSpecies;
  Value symbolIsConcatSpreadable, symbolMatch, symbolMatchAll, symbolReplace, symbolSearch, symbolSplit;
  Value symbolDispose, symbolAsyncDispose;
  Value defaultHasInstance;  // Function.prototype[Symbol.hasInstance], when installed
  Value arrayValues;         // Array.prototype.values (arguments objects' @@iterator), when installed
  Value throwTypeError;      // %ThrowTypeError% (strict arguments objects' `callee`), when installed
  Value arrayIteratorNext;   // %ArrayIteratorPrototype%.next
  Object *arrayIteratorPrototype;
  bool initialized;
};
extern Realm realm;

// Creates atoms, prototypes and the global object with every built-in (idempotent).
void initializeRuntime();
// Hooks stdlib's built-ins register (see stdlib/Globals.cpp).
void installBuiltins(Object *global);

// Sets the stack limit for call() and construct(); called at start-up on the main stack.
void initializeStackLimit();
// For built-ins that recurse in C++ without call() (JSON.stringify of nested values): true, with
// node's RangeError "Maximum call stack size exceeded" thrown, once the stack is nearly used up.
bool throwIfStackExhausted();

Function *newBoundFunction(Value target, Value boundThis, const Value *args, uint32_t argc);

// A short rendering of a value for error messages ("obj is not a function"); defined by
// stdlib/Inspect.cpp.
String *inspectForMessage(Value v);
// V8's NoSideEffectsToString ("nope", "#<Object>", "[object Array]", "Error: x"), as most
// TypeErrors of built-ins show a value; defined by stdlib/Inspect.cpp.
String *noSideEffectsToString(Value v);
// V8's BuildDefaultCallSite, for errors about a value no source text names (a built-in's argument):
// its typeof, then a primitive's value ("number 5", "string \"x\"", "object null", "object").
String *callSiteForMessage(Value v);

const char *errorKindName(ErrorKind kind);
// A new error object of a built-in kind, with `message` (own, non-enumerable) and `stack`.
Object *newError(ErrorKind kind, String *message);

}  // namespace kiln::rt
