// Arguments objects (ECMAScript 10.4.4 CreateUnmappedArgumentsObject, CreateMappedArgumentsObject).
//
// Strict functions and functions with non-simple parameters get an unmapped object: an ordinary
// object holding a copy of the arguments, whose `callee` is an accessor that throws. Sloppy
// functions with simple parameters get a mapped one, where arguments[i] and the i-th parameter
// are one variable for i < min(argc, parameter count). The compiler creates a mapped object only
// when that aliasing is observable (a parameter or an element is written, or the object escapes;
// see ScopeAnalysis) and then keeps the parameters in the function's environment, so the object
// can read and write them: `environment` and `parameterSlots` are the spec's [[ParameterMap]].
//
// The object keeps ordinary element storage for every argument, so key order, attributes,
// inspection and the generic algorithms work unchanged; Object.cpp calls the three hooks below
// where a mapped element differs (its value lives in the parameter). The value in the storage of
// a mapped element is stale; it is brought up to date whenever the element is unmapped by a
// redefinition (validateAndDefine reads the current value through the [[GetOwnProperty]] hook).
#include "object/Arguments.h"

#include "heap/Heap.h"
#include "kiln/RuntimeFunctions.h"
#include "object/Realm.h"

using namespace kiln::rt;

namespace kiln::rt {

static Value *mappedSlot(Object *object, uint32_t index) {
  auto *arguments = static_cast<MappedArguments *>(object);
  if (index >= arguments->mappedLength || arguments->parameterSlots[index] < 0) return nullptr;
  return arguments->environment + 1 + arguments->parameterSlots[index];  // slot 0 is the parent
}

static void unmap(Object *object, uint32_t index) {
  static_cast<MappedArguments *>(object)->parameterSlots[index] = -1;
}

void mappedArgumentsGetOwn(Object *object, uint32_t index, OwnProperty &property) {
  if (!property.found) return;
  if (Value *slot = mappedSlot(object, index)) property.value = *slot;
}

bool mappedArgumentsSet(Object *object, uint32_t index, Value value, Value receiver) {
  Value *slot = receiver == cellValue(object) ? mappedSlot(object, index) : nullptr;
  if (!slot) return false;
  *slot = value;  // a mapped element is always a writable data property
  return true;
}

void mappedArgumentsDelete(Object *object, uint32_t index) {
  if (!mappedSlot(object, index)) return;
  OwnProperty property = getOwnProperty(object, PropertyKey::fromIndex(index));
  if (property.found && (property.attributes & Configurable)) unmap(object, index);
}

bool defineArgumentsProperty(Object *object, PropertyKey key, const PropertyDescriptor &desc) {
  Value *slot = object->kind == CellKind::MappedArguments && key.isIndex() ? mappedSlot(object, key.index) : nullptr;
  // A descriptor without a value keeps the current one, which getOwnProperty reads from the
  // parameter: the storage is up to date afterwards.
  if (!validateAndDefine(object, key, desc)) return false;
  if (!slot) return true;
  if (desc.hasGet || desc.hasSet) {
    unmap(object, key.index);
    return true;
  }
  if (desc.hasValue) *slot = desc.value;
  if (desc.hasWritable && !desc.writable) unmap(object, key.index);
  return true;
}

void unmapAllArguments(Object *object) {
  if (object->kind != CellKind::MappedArguments) return;
  auto *arguments = static_cast<MappedArguments *>(object);
  for (uint32_t i = 0; i < arguments->mappedLength; ++i) arguments->parameterSlots[i] = -1;
}

// The properties both kinds share, after the elements: length, callee, @@iterator (V8's order).
static void defineArgumentsProperties(Object *arguments, uint32_t argc, Value callee, bool strict) {
  defineOwnProperty(arguments, atoms.length, int32Value(static_cast<int32_t>(argc)), Writable | Configurable);
  if (strict) {
    auto *thrower = allocateCell<Accessor>(CellKind::Accessor);
    thrower->getter = thrower->setter = realm.throwTypeError;
    defineOwnProperty(arguments, atoms.callee, cellValue(thrower), AccessorProperty);
  } else {
    defineOwnProperty(arguments, atoms.callee, callee, Writable | Configurable);
  }
  if (realm.arrayValues)
    defineOwnProperty(arguments, PropertyKey::fromCell(realm.symbolIterator), realm.arrayValues, Writable | Configurable);
}

}  // namespace kiln::rt

extern "C" uint64_t kiln_arguments_new(void *args, uint32_t argc, uint64_t callee, uint32_t strict) {
  Object *arguments = newObjectOfKind(CellKind::Arguments, sizeof(Object), realm.objectPrototype);
  for (uint32_t i = 0; i < argc; ++i)
    defineOwnProperty(arguments, PropertyKey::fromIndex(i), static_cast<const Value *>(args)[i]);
  defineArgumentsProperties(arguments, argc, callee, strict != 0);
  return cellValue(arguments);
}

extern "C" uint64_t kiln_mapped_arguments_new(void *args, uint32_t argc, uint64_t callee, void *environment,
                                              void *parameterSlots, uint32_t parameterCount) {
  auto *arguments = static_cast<MappedArguments *>(
      newObjectOfKind(CellKind::MappedArguments, sizeof(MappedArguments), realm.objectPrototype));
  for (uint32_t i = 0; i < argc; ++i)
    defineOwnProperty(arguments, PropertyKey::fromIndex(i), static_cast<const Value *>(args)[i]);
  arguments->environment = static_cast<Value *>(environment);
  arguments->mappedLength = argc < parameterCount ? argc : parameterCount;
  arguments->parameterSlots = static_cast<int32_t *>(allocateAtomic(sizeof(int32_t) * (arguments->mappedLength + 1)));
  for (uint32_t i = 0; i < arguments->mappedLength; ++i)
    {
    Value slot = static_cast<const Value *>(parameterSlots)[i];
    arguments->parameterSlots[i] = isInt32(slot) ? asInt32(slot) : static_cast<int32_t>(asNumber(slot));
  }
  defineArgumentsProperties(arguments, argc, callee, false);
  return cellValue(arguments);
}
