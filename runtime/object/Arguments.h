// Arguments objects (ECMAScript 10.4.4): unmapped, and the mapped exotic object of sloppy
// functions with simple parameter lists. See Arguments.cpp.
#pragma once

#include "object/Object.h"

namespace kiln::rt {

// A mapped arguments object: element i < mappedLength with parameterSlots[i] >= 0 is an alias of
// that slot of the function's environment (the parameter variable) until it is deleted or
// redefined as an accessor or read-only. The object's own element storage still holds every
// argument (attributes, key order); for a mapped element its value is stale and the slot wins.
struct MappedArguments : Object {
  Value *environment;       // { parent; slots[] } (value_layout.def)
  int32_t *parameterSlots;  // atomic memory, mappedLength entries; -1 = not (or no longer) mapped
  uint32_t mappedLength;
};

// The hooks the ordinary-object algorithms of Object.cpp call for CellKind::MappedArguments.
// [[GetOwnProperty]]: a found mapped element takes its value from the parameter.
void mappedArgumentsGetOwn(Object *object, uint32_t index, OwnProperty &property);
// [[Set]] with the object as receiver: a mapped element writes the parameter. True when handled.
bool mappedArgumentsSet(Object *object, uint32_t index, Value value, Value receiver);
// [[Delete]]: a configurable mapped element is unmapped (the caller then deletes it).
void mappedArgumentsDelete(Object *object, uint32_t index);

// [[DefineOwnProperty]] (Object.defineProperty, Reflect.defineProperty) for any object: for a
// mapped arguments object, validateAndDefine and then keep or break the mapping as the
// descriptor asks; for others, validateAndDefine.
bool defineArgumentsProperty(Object *object, PropertyKey key, const PropertyDescriptor &desc);
// After Object.freeze: every element is read-only, so none is mapped any more.
void unmapAllArguments(Object *object);

inline bool isArgumentsObject(Object *object) {
  return object->kind == CellKind::Arguments || object->kind == CellKind::MappedArguments;
}

}  // namespace kiln::rt
