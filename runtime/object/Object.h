// Objects, shapes and property access.
//
// An object holds a shape (its hidden class: prototype, property keys in insertion order, each
// with a slot number and attributes), an out-of-line array of slot values, and separately its
// indexed properties ("elements"): a dense array with holes (ValueEmpty), or, when indices are far
// apart or an element has non-default attributes, a sorted sparse table. Keeping integer keys out
// of the shape gives the spec's key order for free: indices ascending, then strings in insertion
// order, then symbols in insertion order.
//
// Shapes are shared and immutable (see Shape.cpp for the transition tree); an object that deletes a
// property other than its last one, changes attributes, changes its prototype, or grows past
// MaxSharedShapeProperties gets a dictionary shape of its own that it mutates in place.
//
// An array's elements also have a kind (ElementsKind below), which only ever moves down the list
// as the array changes: generated code and the built-ins use it to skip hole and type checks.
//
// Property keys (struct PropertyKey) are either an array index or an interned String / Symbol
// cell, compared by pointer.
#pragma once

#include "exception/Result.h"
#include "kiln/RuntimeFunctions.h"
#include "kiln/Value.h"
#include "string/String.h"

#include <vector>

namespace kiln::rt {

struct Shape;
struct SparseElements;

// Property attributes, as stored in shapes and sparse elements.
enum PropertyAttribute : uint8_t {
  Writable = 1,
  Enumerable = 2,
  Configurable = 4,
  AccessorProperty = 8,  // the slot holds an Accessor cell
  DefaultAttributes = Writable | Enumerable | Configurable,
};

struct PropertyKey {
  Value cell = 0;     // interned String or Symbol; 0 for an array index
  uint32_t index = 0;
  bool isIndex() const { return cell == 0; }
  bool isSymbol() const { return cell && kiln::rt::isSymbol(cell); }
  static PropertyKey fromIndex(uint32_t i) { return PropertyKey{0, i}; }
  static PropertyKey fromCell(Value c) { return PropertyKey{c, 0}; }
  bool operator==(const PropertyKey &o) const { return cell == o.cell && index == o.index; }
};
PropertyKey keyFromString(String *s);  // interns; recognises array indices
PropertyKey keyFromAtom(String *atom);  // for interned non-index strings
Value keyToValue(PropertyKey key);     // a String (indices printed in decimal) or the Symbol

struct Symbol : Cell {
  enum : uint8_t { Private = 1 };  // a private name (#x): never listed, never inspected
  Value description;  // a String or undefined
  // For a symbol used as a WeakMap key or WeakSet value: a null-prototype object holding the
  // entries under each collection's private name (see stdlib/WeakCollections.cpp); else null.
  Object *weakEntries;
  bool isPrivate() const { return bits & Private; }
};
Symbol *newSymbol(Value description);

struct Accessor : Cell {
  Value getter;  // a function or undefined
  Value setter;
};

struct Object : Cell {
  enum : uint8_t { NotExtensible = 1, LengthReadOnly = 2 /* arrays */ };
  Shape *shape;
  Value *slots;
  Value *elements;           // dense mode: capacity elementCapacity, ValueEmpty = hole
  SparseElements *sparse;    // sparse mode (elements is then null)
  Shape *childRoot;          // root shape of objects whose prototype is this object
  uint32_t slotCapacity;
  uint32_t elementCapacity;
};

struct Array : Object {
  uint32_t length;
};

// What is known of an array's elements (Cell::elementsKind). Each kind promises everything the
// kinds below it promise; an array starts as high as its contents allow and moves down as elements
// are stored, deleted or left as holes, never back up. (Other objects' elements are not tracked:
// treat them as Holey.)
enum class ElementsKind : uint8_t {
  PackedInt32,   // dense, every index below length present and an int32
  PackedDouble,  // dense, every index below length present and a number
  Packed,        // dense, every index below length present
  Holey,         // dense (elements + capacity), holes are ValueEmpty
  Sparse,        // the sorted sparse table
};
inline ElementsKind elementsKind(const Array *a) { return static_cast<ElementsKind>(a->elementsKind); }
// Records that `value` was stored at `index` of a dense array (before its length is updated).
void noteElementStored(Array *array, uint32_t index, Value value);
// Records that an array may now have holes below its length.
void noteElementHoles(Array *array);
// Whether the array's elements satisfy its kind (for tests).
bool elementsKindHolds(const Array *array);

struct Function : Object {
  // kiln_function_new flags, and the runtime's own.
  enum : uint32_t {
    IsConstructor = 1,
    IsClassConstructor = 2,
    IsArrow = 4,
    IsStrict = 8,
    // Proposed for kiln_function_new (not yet in RuntimeFunctions.def): a derived class
    // constructor. [[Construct]] passes this = ValueEmpty; the code calls the parent constructor
    // (kiln_construct_rjs with the same newTarget) and returns its `this` or an object.
    IsDerived = 16,
    // The runtime's own flags.
    IsNative = 1u << 16,          // a C++ built-in
    AllocatesOwnThis = 1u << 17,  // [[Construct]] passes this = undefined; the code makes the object
    NoStackFrame = 1u << 19,      // a built-in V8 leaves out of stack traces (call, apply)
    IsBound = 1u << 18,           // environment is a BoundFunctionRecord
  };
  KilnCode code;
  void *environment;
  Value homeObject;  // for `super` in methods (kiln_define_method), else 0
  uint32_t flags;
};

struct PrimitiveWrapper : Object {
  Value primitive;
};

// ---- Creation ------------------------------------------------------------------------------
Object *newObject(Object *prototype);  // null prototype allowed
Object *newObjectOfKind(CellKind kind, size_t size, Object *prototype);
Array *newArray(uint32_t length, uint32_t capacity = 0);
Array *newArrayFrom(const Value *values, uint32_t count);  // ValueEmpty = hole
Function *newNativeFunction(KilnCode code, String *name, uint32_t length, uint32_t flags = 0);
Object *prototypeOf(Object *object);

inline bool isArray(Value v) { return isCellOfKind(v, CellKind::Array); }
inline bool isFunction(Value v) { return isCellOfKind(v, CellKind::Function); }
inline bool isCallable(Value v) { return isFunction(v); }
inline bool isConstructor(Value v) {
  return isFunction(v) && (reinterpret_cast<Function *>(asCell(v))->flags & Function::IsConstructor);
}
inline Function *asFunction(Value v) { return reinterpret_cast<Function *>(asCell(v)); }
inline Array *asArray(Value v) { return reinterpret_cast<Array *>(asCell(v)); }

// ---- Own properties ------------------------------------------------------------------------
// Where an own property lives: a slot (named) or an element.
struct OwnProperty {
  bool found = false;
  bool isElement = false;
  uint8_t attributes = 0;
  uint32_t slot = 0;  // named: slot index
  Value value = ValueEmpty;  // the stored value (an Accessor cell for accessors)
};
OwnProperty getOwnProperty(Object *object, PropertyKey key);

// Defines or overwrites an own property without any checks (built-in set-up, CreateDataProperty
// on extensible ordinary objects). `value` is an Accessor cell when attributes has AccessorProperty.
void defineOwnProperty(Object *object, PropertyKey key, Value value, uint8_t attributes = DefaultAttributes);
inline void defineOwnProperty(Object *object, String *atom, Value value, uint8_t attributes = DefaultAttributes) {
  defineOwnProperty(object, keyFromAtom(atom), value, attributes);
}
// Object.defineProperty's [[DefineOwnProperty]] for a complete or partial descriptor.
struct PropertyDescriptor {
  bool hasValue = false, hasGet = false, hasSet = false;
  bool hasWritable = false, hasEnumerable = false, hasConfigurable = false;
  Value value = ValueUndefined, getter = ValueUndefined, setter = ValueUndefined;
  bool writable = false, enumerable = false, configurable = false;
};
// Makes room for `count` named slots.
void ensureSlotCapacity(Object *object, uint32_t count);
bool validateAndDefine(Object *object, PropertyKey key, const PropertyDescriptor &desc);
bool deleteOwnProperty(Object *object, PropertyKey key);  // false when non-configurable

// Own property keys in spec order. `onlyEnumerable` skips non-enumerable ones.
enum class KeyFilter { All, Strings, Symbols };
void ownPropertyKeys(Object *object, std::vector<PropertyKey> &out, KeyFilter filter = KeyFilter::All,
                     bool onlyEnumerable = false);

// ---- Property access with prototype chain and accessors -------------------------------------
Result<Value> getProperty(Object *object, PropertyKey key, Value receiver);
inline Result<Value> getProperty(Object *object, PropertyKey key) {
  return getProperty(object, key, cellValue(object));
}
// [[Get]] on any value (primitives use their prototype); TypeError on undefined/null.
Result<Value> getValueProperty(Value base, PropertyKey key);
Status setProperty(Object *object, PropertyKey key, Value value, Value receiver, bool strict);
Status setValueProperty(Value base, PropertyKey key, Value value, bool strict);
// The prototype property lookups on a primitive start at (String.prototype, ...); null for
// undefined and null.
Object *primitivePrototype(Value base);
bool hasProperty(Object *object, PropertyKey key);
// Runs an accessor property's getter (undefined when it has none) with `receiver` as this.
Result<Value> callGetter(Value accessorCell, Value receiver);
// A data property lookup that runs no JavaScript (no getters): ValueEmpty when absent or accessor.
Value getDataPropertyNoRJS(Object *object, PropertyKey key);

// ---- Elements and arrays -------------------------------------------------------------------
Status setArrayLength(Array *array, uint32_t newLength, bool strict);
void arrayPush(Array *array, Value value);
void makeNonExtensible(Object *object);
// Freeze (`frozen`) or seal every own property.
void setIntegrityLevel(Object *object, bool frozen);
void setPrototype(Object *object, Object *prototype);

// ---- Calls ---------------------------------------------------------------------------------
Result<Value> call(Value callee, Value thisValue, const Value *args, uint32_t argc);
Result<Value> construct(Value callee, const Value *args, uint32_t argc, Value newTarget);
// The same, naming the callee by its source text in "x is not a function" (null: by its value).
Result<Value> callNamed(Value callee, Value thisValue, const Value *args, uint32_t argc, const char *calleeText);
Result<Value> constructNamed(Value callee, const Value *args, uint32_t argc, Value newTarget, const char *calleeText);
// The elements of an array of arguments (spread calls, super(...)) in scanned memory.
Result<Value *> argumentsFromArray(Value argumentsArray, uint32_t &count);
// The object [[Construct]] passes as `this`: a new ordinary object whose prototype is
// newTarget.prototype (or `fallback` when that is not an object).
Result<Object *> ordinaryCreateFromConstructor(Value newTarget, Object *fallback);
// `function.name` as a string for messages and inspect ("" when absent).
String *functionName(Function *function);
// The running program as kiln_main received it (path, source text, functions' source ranges).
extern const KilnProgram *mainProgram;
// What Function.prototype.toString shows: a compiled function's source text, or V8's
// "function name() { [native code] }" for built-ins and bound functions.
String *functionSourceText(Function *function);

}  // namespace kiln::rt
