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

static Object *newWrapper(CellKind kind, Value primitive) {
  auto *wrapper = static_cast<PrimitiveWrapper *>(newObjectOfKind(kind, sizeof(PrimitiveWrapper), realm.objectPrototype));
  wrapper->primitive = primitive;
  return wrapper;
}

static uint64_t returnUndefined(uint64_t, uint64_t, const uint64_t *, uint32_t, uint64_t) { return ValueUndefined; }

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
  realm.symbolIsConcatSpreadable = wellKnownSymbol("Symbol.isConcatSpreadable");
  realm.symbolMatch = wellKnownSymbol("Symbol.match");
  realm.symbolMatchAll = wellKnownSymbol("Symbol.matchAll");
  realm.symbolReplace = wellKnownSymbol("Symbol.replace");
  realm.symbolSearch = wellKnownSymbol("Symbol.search");
  realm.symbolSplit = wellKnownSymbol("Symbol.split");
  realm.symbolDispose = wellKnownSymbol("nodejs.dispose");  // node 20 defines these two itself
  realm.symbolAsyncDispose = wellKnownSymbol("nodejs.asyncDispose");

  realm.objectPrototype = newObject(nullptr);
  // Function.prototype is itself a function: it accepts any arguments and returns undefined.
  auto *functionPrototype = static_cast<Function *>(
      newObjectOfKind(CellKind::Function, sizeof(Function), realm.objectPrototype));
  functionPrototype->code = &returnUndefined;
  functionPrototype->flags = Function::IsNative | Function::IsStrict;
  realm.functionPrototype = functionPrototype;
  realm.arrayPrototype = newObjectOfKind(CellKind::Array, sizeof(Array), realm.objectPrototype);
  // String.prototype, Number.prototype and Boolean.prototype are wrappers of "", 0 and false.
  realm.stringPrototype = newWrapper(CellKind::StringObject, cellValue(atoms.empty));
  realm.numberPrototype = newWrapper(CellKind::NumberObject, int32Value(0));
  realm.booleanPrototype = newWrapper(CellKind::BooleanObject, ValueFalse);
  realm.symbolPrototype = newObject(realm.objectPrototype);
  realm.bigintPrototype = newObject(realm.objectPrototype);
  realm.errorPrototype[0] = newObject(realm.objectPrototype);
  for (int k = 1; k < 7; ++k) realm.errorPrototype[k] = newObject(realm.errorPrototype[0]);
  realm.globalObject = newObject(realm.objectPrototype);
  installBuiltins(realm.globalObject);
}

}  // namespace kiln::rt
