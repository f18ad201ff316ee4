// Own properties, elements and the prototype-chain algorithms ([[Get]], [[Set]], [[HasProperty]],
// [[Delete]], [[OwnPropertyKeys]]) for ordinary objects and the exotic ones kiln has: arrays
// (`length`) and String wrapper objects (indices and `length`).
//
// Elements: dense mode is `elements[0..elementCapacity)` with ValueEmpty holes, every element a
// writable, enumerable, configurable data property. Anything else (an index far past the end, an
// element with other attributes or an accessor) switches the object to sparse mode: a table sorted
// by index with attributes per element. Sparse mode is slow and rare; it never switches back.
#include "object/Object.h"

#include "heap/Heap.h"
#include "object/Arguments.h"
#include "object/Realm.h"
#include "object/Shape.h"
#include "ops/Conversions.h"

#include <algorithm>

namespace kiln::rt {

struct SparseElements {
  uint32_t count;
  uint32_t capacity;
  uint32_t *indices;  // ascending
  uint8_t *attrs;
  Value *values;
};

// ---- Keys ----------------------------------------------------------------------------------

PropertyKey keyFromString(String *s) {
  uint32_t index;
  if (stringToArrayIndex(s, index)) return PropertyKey::fromIndex(index);
  return PropertyKey::fromCell(cellValue(intern(s)));
}

PropertyKey keyFromAtom(String *atom) { return PropertyKey::fromCell(cellValue(atom)); }

Value keyToValue(PropertyKey key) {
  if (!key.isIndex()) return key.cell;
  char buffer[16];
  int n = std::snprintf(buffer, sizeof buffer, "%u", key.index);
  return cellValue(newStringLatin1(reinterpret_cast<const uint8_t *>(buffer), n));
}

Symbol *newSymbol(Value description) {
  auto *symbol = allocateCell<Symbol>(CellKind::Symbol);
  symbol->description = description;
  return symbol;
}

// ---- Creation ------------------------------------------------------------------------------

Object *newObjectOfKind(CellKind kind, size_t size, Object *prototype) {
  auto *object = static_cast<Object *>(allocateScanned(size));
  object->kind = kind;
  object->shape = rootShape(prototype);
  return object;
}

Object *newObject(Object *prototype) { return newObjectOfKind(CellKind::Object, sizeof(Object), prototype); }

static void growElements(Object *object, uint32_t minimum) {
  uint32_t capacity = object->elementCapacity + object->elementCapacity / 2 + 4;
  if (capacity < minimum) capacity = minimum;
  Value *elements = allocateValues(capacity);
  if (object->elementCapacity) std::memcpy(elements, object->elements, object->elementCapacity * sizeof(Value));
  object->elements = elements;
  object->elementCapacity = capacity;
}

Array *newArray(uint32_t length, uint32_t capacity) {
  auto *array = static_cast<Array *>(newObjectOfKind(CellKind::Array, sizeof(Array), realm.arrayPrototype));
  array->length = length;
  array->elementsKind = uint8_t(length ? ElementsKind::Holey : ElementsKind::PackedInt32);
  if (capacity) growElements(array, capacity);
  return array;
}

Array *newArrayFrom(const Value *values, uint32_t count) {
  Array *array = newArray(0, count);
  for (uint32_t i = 0; i < count; ++i) {
    noteElementStored(array, i, values[i]);
    array->elements[i] = values[i];
    array->length = i + 1;
  }
  return array;
}

// ---- Elements kinds ------------------------------------------------------------------------

static_assert(offsetof(Cell, elementsKind) == ElementsKindOffset && uint8_t(ElementsKind::Packed) == ElementsKindPacked,
              "codegen reads an array's elements kind here (value_layout.def)");

static ElementsKind kindFor(Value value) {
  if (value == ValueEmpty) return ElementsKind::Holey;
  if (isInt32(value)) return ElementsKind::PackedInt32;
  return isNumber(value) ? ElementsKind::PackedDouble : ElementsKind::Packed;
}

void noteElementStored(Array *array, uint32_t index, Value value) {
  ElementsKind kind = elementsKind(array);
  if (kind >= ElementsKind::Holey) return;
  ElementsKind needed = index > array->length ? ElementsKind::Holey : kindFor(value);
  if (needed > kind) array->elementsKind = uint8_t(needed);
}

void noteElementHoles(Array *array) {
  if (elementsKind(array) < ElementsKind::Holey) array->elementsKind = uint8_t(ElementsKind::Holey);
}

bool elementsKindHolds(const Array *array) {
  ElementsKind kind = elementsKind(array);
  if (kind == ElementsKind::Sparse || array->sparse) return kind == ElementsKind::Sparse && array->sparse;
  if (kind == ElementsKind::Holey) return true;
  if (array->length > array->elementCapacity) return false;
  for (uint32_t i = 0; i < array->length; ++i)
    if (kindFor(array->elements[i]) > kind) return false;
  return true;
}

Object *prototypeOf(Object *object) { return object->shape->prototype; }

// ---- Sparse elements -----------------------------------------------------------------------

static uint32_t sparseFind(SparseElements *sparse, uint32_t index) {  // lower bound
  return static_cast<uint32_t>(std::lower_bound(sparse->indices, sparse->indices + sparse->count, index) -
                               sparse->indices);
}

static void sparseInsert(SparseElements *sparse, uint32_t at, uint32_t index, Value value, uint8_t attrs) {
  if (sparse->count == sparse->capacity) {
    uint32_t capacity = sparse->capacity * 2 + 8;
    auto *indices = static_cast<uint32_t *>(allocateAtomic(capacity * sizeof(uint32_t)));
    auto *attributes = static_cast<uint8_t *>(allocateAtomic(capacity));
    Value *values = allocateValues(capacity);
    if (sparse->count) {
      std::memcpy(indices, sparse->indices, sparse->count * sizeof(uint32_t));
      std::memcpy(attributes, sparse->attrs, sparse->count);
      std::memcpy(values, sparse->values, sparse->count * sizeof(Value));
    }
    sparse->indices = indices, sparse->attrs = attributes, sparse->values = values;
    sparse->capacity = capacity;
  }
  uint32_t tail = sparse->count - at;
  std::memmove(sparse->indices + at + 1, sparse->indices + at, tail * sizeof(uint32_t));
  std::memmove(sparse->attrs + at + 1, sparse->attrs + at, tail);
  std::memmove(sparse->values + at + 1, sparse->values + at, tail * sizeof(Value));
  sparse->indices[at] = index;
  sparse->attrs[at] = attrs;
  sparse->values[at] = value;
  ++sparse->count;
}

static void sparseErase(SparseElements *sparse, uint32_t at) {
  uint32_t tail = sparse->count - at - 1;
  std::memmove(sparse->indices + at, sparse->indices + at + 1, tail * sizeof(uint32_t));
  std::memmove(sparse->attrs + at, sparse->attrs + at + 1, tail);
  std::memmove(sparse->values + at, sparse->values + at + 1, tail * sizeof(Value));
  --sparse->count;
  sparse->values[sparse->count] = ValueEmpty;
}

static void makeSparse(Object *object) {
  if (object->sparse) return;
  auto *sparse = static_cast<SparseElements *>(allocateScanned(sizeof(SparseElements)));
  for (uint32_t i = 0; i < object->elementCapacity; ++i)
    if (object->elements[i] != ValueEmpty) sparseInsert(sparse, sparse->count, i, object->elements[i], DefaultAttributes);
  object->sparse = sparse;
  object->elements = nullptr;
  object->elementCapacity = 0;
  if (object->kind == CellKind::Array) object->elementsKind = uint8_t(ElementsKind::Sparse);
}

// ---- Own properties ------------------------------------------------------------------------

static bool isLengthKey(PropertyKey key) { return key.cell == cellValue(atoms.length); }

OwnProperty getOwnProperty(Object *object, PropertyKey key) {
  OwnProperty p;
  if (key.isIndex()) {
    p.isElement = true;
    if (object->sparse) {
      SparseElements *sparse = object->sparse;
      uint32_t at = sparseFind(sparse, key.index);
      if (at < sparse->count && sparse->indices[at] == key.index) {
        p.found = true;
        p.attributes = sparse->attrs[at];
        p.value = sparse->values[at];
      }
    } else if (key.index < object->elementCapacity && object->elements[key.index] != ValueEmpty) {
      p.found = true;
      p.attributes = DefaultAttributes;
      p.value = object->elements[key.index];
    } else if (object->kind == CellKind::StringObject) {
      String *s = asString(static_cast<PrimitiveWrapper *>(object)->primitive);
      if (key.index < s->length) {
        p.found = true;
        p.attributes = Enumerable;
        p.value = cellValue(newStringFromCodeUnit(charAt(s, key.index)));
      }
    }
    if (object->kind == CellKind::MappedArguments) mappedArgumentsGetOwn(object, key.index, p);  // Arguments.cpp
    return p;
  }
  if (object->kind == CellKind::Array && isLengthKey(key)) {
    p.found = true;
    p.attributes = (object->bits & Object::LengthReadOnly) ? 0 : Writable;
    p.value = numberValue(static_cast<Array *>(object)->length);
    return p;
  }
  if (object->kind == CellKind::StringObject && isLengthKey(key)) {
    p.found = true;
    p.value = int32Value(static_cast<int32_t>(asString(static_cast<PrimitiveWrapper *>(object)->primitive)->length));
    return p;
  }
  uint8_t attributes;
  int32_t slot = shapeLookup(object->shape, key.cell, &attributes);
  if (slot >= 0) {
    p.found = true;
    p.attributes = attributes;
    p.slot = static_cast<uint32_t>(slot);
    p.value = object->slots[slot];
  }
  return p;
}

void ensureSlotCapacity(Object *object, uint32_t count) {
  if (count <= object->slotCapacity) return;
  uint32_t capacity = object->slotCapacity ? object->slotCapacity * 2 : 4;
  while (capacity < count) capacity *= 2;
  Value *slots = allocateValues(capacity);
  if (object->slotCapacity) std::memcpy(slots, object->slots, object->slotCapacity * sizeof(Value));
  object->slots = slots;
  object->slotCapacity = capacity;
}

static void setElement(Object *object, uint32_t index, Value value, uint8_t attributes) {
  if (!object->sparse && attributes == DefaultAttributes) {
    if (object->kind == CellKind::Array) noteElementStored(static_cast<Array *>(object), index, value);
    if (index < object->elementCapacity) {
      object->elements[index] = value;
      return;
    }
    uint32_t limit = object->elementCapacity * 2 + 64;
    if (index < limit) {
      growElements(object, index + 1);
      object->elements[index] = value;
      return;
    }
  }
  makeSparse(object);
  SparseElements *sparse = object->sparse;
  uint32_t at = sparseFind(sparse, index);
  if (at < sparse->count && sparse->indices[at] == index) {
    sparse->values[at] = value;
    sparse->attrs[at] = attributes;
  } else {
    sparseInsert(sparse, at, index, value, attributes);
  }
}

void defineOwnProperty(Object *object, PropertyKey key, Value value, uint8_t attributes) {
  if (key.isIndex()) {
    setElement(object, key.index, value, attributes);
    if (object->kind == CellKind::Array && key.index >= static_cast<Array *>(object)->length)
      static_cast<Array *>(object)->length = key.index + 1;
    return;
  }
  uint8_t existing;
  int32_t slot = shapeLookup(object->shape, key.cell, &existing);
  if (slot >= 0) {
    if (existing != attributes) {
      if (!object->shape->dictionary) object->shape = dictionaryFrom(object->shape);
      dictionarySetAttributes(object->shape, static_cast<uint32_t>(slot), attributes);
    }
    object->slots[slot] = value;
    return;
  }
  Shape *shape = shapeWithProperty(object->shape, key.cell, attributes);
  ensureSlotCapacity(object, shape->count);
  object->slots[shape->count - 1] = value;
  object->shape = shape;
}

// Removes tombstones from a dictionary object once they outnumber live entries.
static void compactDictionary(Object *object) {
  Shape *dict = object->shape;
  if (dict->count < 16 || dict->liveCount * 2 > dict->count) return;
  Shape *fresh = dictionaryFrom(rootShape(dict->prototype));
  Value *slots = allocateValues(dict->liveCount + 4);
  uint32_t n = 0;
  for (uint32_t i = 0; i < dict->count; ++i) {
    if (!dict->keys[i]) continue;
    shapeWithProperty(fresh, dict->keys[i], dict->attrs[i]);
    slots[n++] = object->slots[i];
  }
  object->shape = fresh;
  object->slots = slots;
  object->slotCapacity = dict->liveCount + 4;
}

bool deleteOwnProperty(Object *object, PropertyKey key) {
  if (key.isIndex()) {
    if (object->kind == CellKind::MappedArguments) mappedArgumentsDelete(object, key.index);  // Arguments.cpp
    if (object->sparse) {
      SparseElements *sparse = object->sparse;
      uint32_t at = sparseFind(sparse, key.index);
      if (at < sparse->count && sparse->indices[at] == key.index) {
        if (!(sparse->attrs[at] & Configurable)) return false;
        sparseErase(sparse, at);
      }
      return true;
    }
    if (key.index < object->elementCapacity) object->elements[key.index] = ValueEmpty;
    if (object->kind == CellKind::Array) noteElementHoles(static_cast<Array *>(object));
    if (object->kind == CellKind::StringObject &&
        key.index < asString(static_cast<PrimitiveWrapper *>(object)->primitive)->length)
      return false;
    return true;
  }
  if (isLengthKey(key) && (object->kind == CellKind::Array || object->kind == CellKind::StringObject)) return false;
  uint8_t attributes;
  int32_t slot = shapeLookup(object->shape, key.cell, &attributes);
  if (slot < 0) return true;
  if (!(attributes & Configurable)) return false;
  Shape *shape = object->shape;
  if (!shape->dictionary && shape->parent && static_cast<uint32_t>(slot) == shape->count - 1) {
    object->shape = shape->parent;  // deleting the newest property: back up one transition
    object->slots[slot] = ValueEmpty;
    return true;
  }
  if (!shape->dictionary) object->shape = dictionaryFrom(shape);
  dictionaryRemove(object->shape, static_cast<uint32_t>(slot));
  object->slots[slot] = ValueEmpty;
  compactDictionary(object);
  return true;
}

void ownPropertyKeys(Object *object, std::vector<PropertyKey> &out, KeyFilter filter, bool onlyEnumerable) {
  if (filter != KeyFilter::Symbols) {
    if (object->kind == CellKind::StringObject) {
      uint32_t n = asString(static_cast<PrimitiveWrapper *>(object)->primitive)->length;
      for (uint32_t i = 0; i < n; ++i) out.push_back(PropertyKey::fromIndex(i));
    }
    if (object->sparse) {
      SparseElements *sparse = object->sparse;
      for (uint32_t i = 0; i < sparse->count; ++i)
        if (!onlyEnumerable || (sparse->attrs[i] & Enumerable)) out.push_back(PropertyKey::fromIndex(sparse->indices[i]));
    } else {
      for (uint32_t i = 0; i < object->elementCapacity; ++i)
        if (object->elements[i] != ValueEmpty) out.push_back(PropertyKey::fromIndex(i));
    }
    if (!onlyEnumerable && (object->kind == CellKind::Array || object->kind == CellKind::StringObject))
      out.push_back(keyFromAtom(atoms.length));
  }
  Shape *shape = object->shape;
  materializeKeys(shape);
  for (int pass = 0; pass < 2; ++pass) {
    bool symbols = pass == 1;
    if (symbols ? filter == KeyFilter::Strings : filter == KeyFilter::Symbols) continue;
    for (uint32_t i = 0; i < shape->count; ++i) {
      Value key = shape->keys[i];
      if (!key || isSymbol(key) != symbols || (symbols && asSymbol(key)->isPrivate())) continue;
      if (onlyEnumerable && !(shape->attrs[i] & Enumerable)) continue;
      out.push_back(PropertyKey::fromCell(key));
    }
  }
}

// ---- [[DefineOwnProperty]] (ValidateAndApplyPropertyDescriptor) ----------------------------

static Accessor *newAccessor(Value getter, Value setter) {
  auto *accessor = allocateCell<Accessor>(CellKind::Accessor);
  accessor->getter = getter;
  accessor->setter = setter;
  return accessor;
}

bool validateAndDefine(Object *object, PropertyKey key, const PropertyDescriptor &desc) {
  OwnProperty current = getOwnProperty(object, key);
  bool isAccessorDesc = desc.hasGet || desc.hasSet;
  if (!current.found) {
    if (object->bits & Object::NotExtensible) return false;
    uint8_t attrs = (desc.enumerable ? Enumerable : 0) | (desc.configurable ? Configurable : 0);
    if (isAccessorDesc) {
      defineOwnProperty(object, key, cellValue(newAccessor(desc.getter, desc.setter)), attrs | AccessorProperty);
    } else {
      attrs |= desc.writable ? Writable : 0;
      if (object->kind == CellKind::Array && isLengthKey(key)) return false;
      defineOwnProperty(object, key, desc.hasValue ? desc.value : ValueUndefined, attrs);
    }
    return true;
  }
  uint8_t attrs = current.attributes;
  bool currentIsAccessor = attrs & AccessorProperty;
  if (!(attrs & Configurable)) {
    if (desc.hasConfigurable && desc.configurable) return false;
    if (desc.hasEnumerable && desc.enumerable != bool(attrs & Enumerable)) return false;
    if ((isAccessorDesc && !currentIsAccessor) || ((desc.hasValue || desc.hasWritable) && currentIsAccessor)) return false;
    if (currentIsAccessor) {
      auto *accessor = reinterpret_cast<Accessor *>(asCell(current.value));
      if (desc.hasGet && !sameValue(desc.getter, accessor->getter)) return false;
      if (desc.hasSet && !sameValue(desc.setter, accessor->setter)) return false;
    } else if (!(attrs & Writable)) {
      if (desc.hasWritable && desc.writable) return false;
      if (desc.hasValue && !sameValue(desc.value, current.value)) return false;
    }
  }
  if (object->kind == CellKind::Array && isLengthKey(key)) {
    // The checks above kept it a non-configurable, non-enumerable data property and refused a
    // new value when it is read-only; the caller made the value a valid length (ArraySetLength).
    if (desc.hasValue && isNumber(desc.value)) {
      double d = asNumber(desc.value);
      if (d >= 0 && d <= 4294967295.0 && d == static_cast<uint32_t>(d)) {
        Status s = setArrayLength(static_cast<Array *>(object), static_cast<uint32_t>(d), false);
        (void)s;
      }
    }
    if (desc.hasWritable && !desc.writable) object->bits |= Object::LengthReadOnly;
    return true;
  }
  uint8_t newAttrs = attrs & (Enumerable | Configurable);
  if (desc.hasEnumerable) newAttrs = (newAttrs & ~Enumerable) | (desc.enumerable ? Enumerable : 0);
  if (desc.hasConfigurable) newAttrs = (newAttrs & ~Configurable) | (desc.configurable ? Configurable : 0);
  Value newValue;
  if (isAccessorDesc) {
    Value getter = ValueUndefined, setter = ValueUndefined;
    if (currentIsAccessor) {
      auto *accessor = reinterpret_cast<Accessor *>(asCell(current.value));
      getter = accessor->getter, setter = accessor->setter;
    }
    if (desc.hasGet) getter = desc.getter;
    if (desc.hasSet) setter = desc.setter;
    newValue = cellValue(newAccessor(getter, setter));
    newAttrs |= AccessorProperty;
  } else if (currentIsAccessor && !desc.hasValue && !desc.hasWritable) {
    newValue = current.value;
    newAttrs |= AccessorProperty;
  } else {
    bool writable = currentIsAccessor ? false : bool(attrs & Writable);
    if (desc.hasWritable) writable = desc.writable;
    newAttrs |= writable ? Writable : 0;
    newValue = desc.hasValue ? desc.value : currentIsAccessor ? ValueUndefined : current.value;
  }
  defineOwnProperty(object, key, newValue, newAttrs);
  return true;
}

// ---- Prototype chain -----------------------------------------------------------------------

Object *primitivePrototype(Value base) {
  if (isString(base)) return realm.stringPrototype;
  if (isNumber(base)) return realm.numberPrototype;
  if (isBoolean(base)) return realm.booleanPrototype;
  if (isSymbol(base)) return realm.symbolPrototype;
  if (isBigInt(base)) return realm.bigintPrototype;
  return nullptr;
}

Result<Value> callGetter(Value accessorCell, Value receiver) {
  auto *accessor = reinterpret_cast<Accessor *>(asCell(accessorCell));
  if (accessor->getter == ValueUndefined) return ValueUndefined;
  return call(accessor->getter, receiver, nullptr, 0);
}

Result<Value> getProperty(Object *object, PropertyKey key, Value receiver) {
  for (Object *o = object; o; o = prototypeOf(o)) {
    if (!key.isIndex() && o->kind != CellKind::StringObject) {  // no exotic named properties: fast path
      if (o->kind == CellKind::Array && isLengthKey(key)) return numberValue(static_cast<Array *>(o)->length);
      uint8_t attributes;
      int32_t slot = shapeLookup(o->shape, key.cell, &attributes);
      if (slot < 0) continue;
      if (attributes & AccessorProperty) return callGetter(o->slots[slot], receiver);
      return o->slots[slot];
    }
    OwnProperty p = getOwnProperty(o, key);
    if (!p.found) continue;
    if (p.attributes & AccessorProperty) return callGetter(p.value, receiver);
    return p.value;
  }
  return ValueUndefined;
}

Value getDataPropertyNoRJS(Object *object, PropertyKey key) {
  for (Object *o = object; o; o = prototypeOf(o)) {
    OwnProperty p = getOwnProperty(o, key);
    if (!p.found) continue;
    return (p.attributes & AccessorProperty) ? ValueEmpty : p.value;
  }
  return ValueEmpty;
}

bool hasProperty(Object *object, PropertyKey key) {
  for (Object *o = object; o; o = prototypeOf(o))
    if (getOwnProperty(o, key).found) return true;
  return false;
}

String *describeKeyForMessage(PropertyKey key);

Result<Value> getValueProperty(Value base, PropertyKey key) {
  if (isObject(base)) return getProperty(asObject(base), key, base);
  if (isString(base)) {
    String *s = asString(base);
    if (key.isIndex()) {
      if (key.index < s->length) return cellValue(newStringFromCodeUnit(charAt(s, key.index)));
    } else if (isLengthKey(key)) {
      return int32Value(static_cast<int32_t>(s->length));
    }
  }
  if (Object *prototype = primitivePrototype(base)) return getProperty(prototype, key, base);
  std::string name = toUTF8(describeKeyForMessage(key));
  return throwTypeError("Cannot read properties of %s (reading '%s')", isNull(base) ? "null" : "undefined",
                        name.c_str());
}

static Status throwReadOnly(Object *object, PropertyKey key);

Status setProperty(Object *object, PropertyKey key, Value value, Value receiver, bool strict) {
  if (object->kind == CellKind::MappedArguments && key.isIndex() && mappedArgumentsSet(object, key.index, value, receiver))
    return Ok;  // Arguments.cpp
  // Fast path: an own writable data property of the receiver itself.
  if (cellValue(object) == receiver) {
    if (key.isIndex()) {
      if (!object->sparse && key.index < object->elementCapacity && object->elements[key.index] != ValueEmpty) {
        if (object->kind == CellKind::Array) noteElementStored(static_cast<Array *>(object), key.index, value);
        object->elements[key.index] = value;
        return Ok;
      }
    } else if (object->kind != CellKind::Array || !isLengthKey(key)) {
      uint8_t attributes;
      int32_t slot = shapeLookup(object->shape, key.cell, &attributes);
      if (slot >= 0 && (attributes & (Writable | AccessorProperty)) == Writable &&
          object->kind != CellKind::StringObject) {
        object->slots[slot] = value;
        return Ok;
      }
    }
  }
  for (Object *o = object; o; o = prototypeOf(o)) {
    OwnProperty p = getOwnProperty(o, key);
    if (!p.found) continue;
    if (p.attributes & AccessorProperty) {
      auto *accessor = reinterpret_cast<Accessor *>(asCell(p.value));
      if (accessor->setter == ValueUndefined) {
        if (!strict) return Ok;
        std::string name = toUTF8(describeKeyForMessage(key));
        std::string holder = toUTF8(inspectForMessage(receiver));
        return throwTypeError("Cannot set property %s of %s which has only a getter", name.c_str(), holder.c_str());
      }
      Value arg = value;
      KILN_TRY(call(accessor->setter, receiver, &arg, 1));
      return Ok;
    }
    if (!(p.attributes & Writable)) {
      if (!strict) return Ok;
      return throwReadOnly(o, key);
    }
    break;
  }
  if (!isObject(receiver)) {
    if (!strict) return Ok;
    std::string name = toUTF8(describeKeyForMessage(key));
    std::string shown = toUTF8(toStringNoRJS(receiver));
    return throwTypeError("Cannot create property '%s' on %s '%s'", name.c_str(), toUTF8(typeofString(receiver)).c_str(),
                          shown.c_str());
  }
  Object *target = asObject(receiver);
  OwnProperty own = getOwnProperty(target, key);
  if (own.found) {
    if (own.attributes & AccessorProperty) return Ok;
    if (!(own.attributes & Writable)) {
      if (!strict) return Ok;
      return throwReadOnly(target, key);
    }
    if (target->kind == CellKind::Array && isLengthKey(key)) {
      double d = isNumber(value) ? asNumber(value) : -1;
      if (!(d >= 0 && d <= 4294967295.0 && d == static_cast<double>(static_cast<uint32_t>(d)))) {
        double n = KILN_TRY(toNumber(value));
        if (!(n >= 0 && n <= 4294967295.0 && n == static_cast<double>(static_cast<uint32_t>(n))))
          return throwRangeError("Invalid array length");
        d = n;
      }
      return setArrayLength(static_cast<Array *>(target), static_cast<uint32_t>(d), strict);
    }
    if (own.isElement) {
      if (target->sparse) {
        uint32_t at = sparseFind(target->sparse, key.index);
        target->sparse->values[at] = value;
      } else if (target->kind != CellKind::StringObject) {
        if (target->kind == CellKind::Array) noteElementStored(static_cast<Array *>(target), key.index, value);
        target->elements[key.index] = value;
      }
      return Ok;
    }
    target->slots[own.slot] = value;
    return Ok;
  }
  if (target->bits & Object::NotExtensible) {
    if (!strict) return Ok;
    std::string name = toUTF8(describeKeyForMessage(key));
    return throwTypeError("Cannot add property %s, object is not extensible", name.c_str());
  }
  if (key.isIndex() && (target->bits & Object::LengthReadOnly) && key.index >= static_cast<Array *>(target)->length)
    return strict ? throwReadOnly(target, keyFromAtom(atoms.length)) : Status(Ok);  // V8 names 'length'
  defineOwnProperty(target, key, value, DefaultAttributes);
  return Ok;
}

Status setValueProperty(Value base, PropertyKey key, Value value, bool strict) {
  if (isObject(base)) return setProperty(asObject(base), key, value, base, strict);
  if (isNullish(base)) {
    std::string name = toUTF8(describeKeyForMessage(key));
    return throwTypeError("Cannot set properties of %s (setting '%s')", isNull(base) ? "null" : "undefined",
                          name.c_str());
  }
  if (isString(base) && (key.isIndex() ? key.index < asString(base)->length : isLengthKey(key))) {
    if (!strict) return Ok;
    std::string name = toUTF8(describeKeyForMessage(key));
    std::string str = toUTF8(asString(base));
    return throwTypeError("Cannot assign to read only property '%s' of string '%s'", name.c_str(), str.c_str());
  }
  return setProperty(primitivePrototype(base), key, value, base, strict);
}

// ---- Arrays --------------------------------------------------------------------------------

Status setArrayLength(Array *array, uint32_t newLength, bool strict) {
  uint32_t oldLength = array->length;
  if (newLength < oldLength) {
    if (array->sparse) {
      SparseElements *sparse = array->sparse;
      while (sparse->count && sparse->indices[sparse->count - 1] >= newLength) {
        if (!(sparse->attrs[sparse->count - 1] & Configurable)) {
          array->length = sparse->indices[sparse->count - 1] + 1;
          if (strict) return throwTypeError("Cannot delete property '%u' of [object Array]", array->length - 1);
          return Ok;
        }
        sparseErase(sparse, sparse->count - 1);
      }
    } else {
      uint32_t end = oldLength < array->elementCapacity ? oldLength : array->elementCapacity;
      for (uint32_t i = newLength; i < end; ++i) array->elements[i] = ValueEmpty;
    }
  } else if (newLength > oldLength) {
    noteElementHoles(array);
  }
  array->length = newLength;
  return Ok;
}

void arrayPush(Array *array, Value value) {
  uint32_t index = array->length;
  if (!array->sparse && index < array->elementCapacity) {
    noteElementStored(array, index, value);
    array->elements[index] = value;
    array->length = index + 1;
    return;
  }
  defineOwnProperty(array, PropertyKey::fromIndex(index), value, DefaultAttributes);
}

void makeNonExtensible(Object *object) { object->bits |= Object::NotExtensible; }

void setIntegrityLevel(Object *object, bool frozen) {
  makeNonExtensible(object);
  std::vector<PropertyKey> keys;
  ownPropertyKeys(object, keys);
  for (PropertyKey key : keys) {
    OwnProperty p = getOwnProperty(object, key);
    uint8_t attrs = p.attributes & ~Configurable;
    if (frozen && !(attrs & AccessorProperty)) attrs &= ~Writable;
    if (object->kind == CellKind::Array && isLengthKey(key)) {
      if (frozen) object->bits |= Object::LengthReadOnly;
      continue;
    }
    if (key.isIndex()) {
      if (object->kind == CellKind::StringObject) continue;
      makeSparse(object);
      setElement(object, key.index, p.value, attrs);
    } else {
      defineOwnProperty(object, key, p.value, attrs);
    }
  }
}

void setPrototype(Object *object, Object *prototype) {
  if (prototypeOf(object) == prototype) return;
  if (!object->shape->dictionary) object->shape = dictionaryFrom(object->shape);
  object->shape->prototype = prototype;
}

static Status throwReadOnly(Object *object, PropertyKey key) {
  std::string name = toUTF8(describeKeyForMessage(key));
  std::string what = toUTF8(noSideEffectsToString(cellValue(object)));
  return throwTypeError("Cannot assign to read only property '%s' of object '%s'", name.c_str(), what.c_str());
}

String *describeKeyForMessage(PropertyKey key) {
  if (key.isIndex() || isString(key.cell)) return asString(keyToValue(key));
  Symbol *symbol = asSymbol(key.cell);
  StringBuilder b;
  b.appendAscii("Symbol(");
  if (isString(symbol->description)) b.append(asString(symbol->description));
  b.append(u')');
  return b.build();
}

}  // namespace kiln::rt
