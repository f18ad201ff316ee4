// Start-up: atoms, well-known symbols, the intrinsic prototypes every object creation needs, and
// the global object, then stdlib's installBuiltins fills in the built-in functions.
//
// The order matters: Object.prototype first (everything else inherits from it), then
// Function.prototype (native functions need it), then the rest.
#include "object/Realm.h"

#include "heap/Heap.h"

namespace kiln::rt {

Atoms atoms;
Realm realm;

static Value wellKnownSymbol(const char *description) {
  return cellValue(newSymbol(cellValue(internUTF8(description))));
}

void initializeRuntime() {
  if (realm.initialized) return;
  realm.initialized = true;
  initializeHeap();
#define ATOM(Name, Text) atoms.Name = internUTF8(Text);
#include "kiln/Atoms.def"
  realm.symbolIterator = wellKnownSymbol("Symbol.iterator");
  realm.symbolAsyncIterator = wellKnownSymbol("Symbol.asyncIterator");
  realm.symbolHasInstance = wellKnownSymbol("Symbol.hasInstance");
  realm.symbolToPrimitive = wellKnownSymbol("Symbol.toPrimitive");
  realm.symbolToStringTag = wellKnownSymbol("Symbol.toStringTag");
  realm.symbolUnscopables = wellKnownSymbol("Symbol.unscopables");
  realm.symbolSpecies = wellKnownSymbol("Symbol.species");

  realm.objectPrototype = newObject(nullptr);
  realm.functionPrototype = newObject(realm.objectPrototype);
  // Function.prototype is itself callable in the spec; kiln keeps it an ordinary object.
  realm.arrayPrototype = newObjectOfKind(CellKind::Array, sizeof(Array), realm.objectPrototype);
  realm.stringPrototype = newObject(realm.objectPrototype);
  realm.numberPrototype = newObject(realm.objectPrototype);
  realm.booleanPrototype = newObject(realm.objectPrototype);
  realm.symbolPrototype = newObject(realm.objectPrototype);
  realm.bigintPrototype = newObject(realm.objectPrototype);
  realm.errorPrototype[0] = newObject(realm.objectPrototype);
  for (int k = 1; k < 7; ++k) realm.errorPrototype[k] = newObject(realm.errorPrototype[0]);
  realm.globalObject = newObject(realm.objectPrototype);
  installBuiltins(realm.globalObject);
}

}  // namespace kiln::rt
