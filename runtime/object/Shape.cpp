// The shape transition tree.
//
// Every prototype owns a root shape (Object::childRoot; a static root for null-prototype objects).
// Adding a property to an object with shape S moves it to S's child for (key, attributes), made
// on first use, so objects built by the same code share one chain of shapes, and an inline cache
// keyed on a shape knows every slot. Shared shapes never change; their key list and hash index
// are computed on the first lookup that needs them (short chains are just walked).
//
// A dictionary shape belongs to exactly one object and is edited in place: deletes leave a
// tombstone (key 0) until the owner compacts. Objects go to dictionary mode for the rare
// operations that would otherwise explode the tree (deleting a middle property, attribute changes,
// prototype changes, very many properties).
#include "object/Shape.h"

#include "heap/Heap.h"

namespace kiln::rt {

static constexpr uint32_t Tombstone = 0xFFFFFFFFu;
static constexpr uint32_t ChainWalkLimit = 8;  // shorter shared shapes are searched by walking

static Shape *nullPrototypeRoot;

static Shape *newRoot(Object *prototype) {
  auto *shape = allocateCell<Shape>(CellKind::Shape);
  shape->prototype = prototype;
  return shape;
}

Shape *rootShape(Object *prototype) {
  if (!prototype) {
    if (!nullPrototypeRoot) nullPrototypeRoot = newRoot(nullptr);
    return nullPrototypeRoot;
  }
  if (!prototype->childRoot) prototype->childRoot = newRoot(prototype);
  return prototype->childRoot;
}

static inline uint32_t keyHash(Value key) {
  uint64_t h = key * 0x9E3779B97F4A7C15ull;
  return static_cast<uint32_t>(h >> 32);
}

void materializeKeys(Shape *shape) {
  if (shape->keys || shape->count == 0) return;
  shape->keys = allocateValues(shape->count);
  shape->attrs = static_cast<uint8_t *>(allocateAtomic(shape->count));
  shape->capacity = shape->liveCount = shape->count;
  for (Shape *s = shape; s->parent; s = s->parent) {
    shape->keys[s->count - 1] = s->key;
    shape->attrs[s->count - 1] = s->attributes;
  }
}

static void tableInsert(Shape *shape, uint32_t entry) {
  uint32_t mask = shape->tableSize - 1;
  for (uint32_t i = keyHash(shape->keys[entry]) & mask;; i = (i + 1) & mask) {
    if (shape->table[i] == 0 || shape->table[i] == Tombstone) {
      shape->table[i] = entry + 1;
      return;
    }
  }
}

static void buildTable(Shape *shape) {
  uint32_t size = 16;
  while (size < shape->count * 2 + 2) size *= 2;
  shape->table = static_cast<uint32_t *>(allocateAtomic(size * sizeof(uint32_t)));
  shape->tableSize = size;
  for (uint32_t i = 0; i < shape->count; ++i)
    if (shape->keys[i]) tableInsert(shape, i);
}

int32_t shapeLookup(Shape *shape, Value key, uint8_t *attributes) {
  if (!shape->dictionary && shape->count <= ChainWalkLimit) {
    for (Shape *s = shape; s->parent; s = s->parent) {
      if (s->key == key) {
        *attributes = s->attributes;
        return static_cast<int32_t>(s->count - 1);
      }
    }
    return -1;
  }
  if (!shape->table) {
    materializeKeys(shape);
    buildTable(shape);
  }
  uint32_t mask = shape->tableSize - 1;
  for (uint32_t i = keyHash(key) & mask;; i = (i + 1) & mask) {
    uint32_t e = shape->table[i];
    if (e == 0) return -1;
    if (e != Tombstone && shape->keys[e - 1] == key) {
      *attributes = shape->attrs[e - 1];
      return static_cast<int32_t>(e - 1);
    }
  }
}

Shape *dictionaryFrom(Shape *shape) {
  materializeKeys(shape);
  auto *dict = allocateCell<Shape>(CellKind::Shape);
  dict->dictionary = true;
  dict->prototype = shape->prototype;
  dict->count = dict->liveCount = 0;
  uint32_t capacity = shape->count < 8 ? 8 : shape->count * 2;
  dict->keys = allocateValues(capacity);
  dict->attrs = static_cast<uint8_t *>(allocateAtomic(capacity));
  dict->capacity = capacity;
  for (uint32_t i = 0; i < shape->count; ++i) {
    dict->keys[i] = shape->keys[i];
    dict->attrs[i] = shape->attrs[i];
    if (shape->keys[i]) ++dict->liveCount;
  }
  dict->count = shape->count;
  buildTable(dict);
  return dict;
}

static Shape *dictionaryAdd(Shape *dict, Value key, uint8_t attributes) {
  if (dict->count == dict->capacity) {
    uint32_t capacity = dict->capacity * 2;
    Value *keys = allocateValues(capacity);
    auto *attrs = static_cast<uint8_t *>(allocateAtomic(capacity));
    std::memcpy(keys, dict->keys, dict->count * sizeof(Value));
    std::memcpy(attrs, dict->attrs, dict->count);
    dict->keys = keys, dict->attrs = attrs, dict->capacity = capacity;
  }
  uint32_t entry = dict->count++;
  dict->keys[entry] = key;
  dict->attrs[entry] = attributes;
  ++dict->liveCount;
  if ((dict->count + 1) * 2 > dict->tableSize) buildTable(dict);
  else tableInsert(dict, entry);
  return dict;
}

void dictionaryRemove(Shape *dict, uint32_t slot) {
  uint32_t mask = dict->tableSize - 1;
  for (uint32_t i = keyHash(dict->keys[slot]) & mask;; i = (i + 1) & mask) {
    if (dict->table[i] == slot + 1) {
      dict->table[i] = Tombstone;
      break;
    }
  }
  dict->keys[slot] = 0;
  dict->attrs[slot] = 0;
  --dict->liveCount;
}

void dictionarySetAttributes(Shape *dict, uint32_t slot, uint8_t attributes) { dict->attrs[slot] = attributes; }

Shape *shapeWithProperty(Shape *shape, Value key, uint8_t attributes) {
  if (shape->dictionary) return dictionaryAdd(shape, key, attributes);
  if (shape->count >= MaxSharedShapeProperties) return dictionaryAdd(dictionaryFrom(shape), key, attributes);
  for (Shape *child = shape->firstChild; child; child = child->nextSibling)
    if (child->key == key && child->attributes == attributes) return child;
  auto *child = allocateCell<Shape>(CellKind::Shape);
  child->parent = shape;
  child->prototype = shape->prototype;
  child->key = key;
  child->attributes = attributes;
  child->count = shape->count + 1;
  child->nextSibling = shape->firstChild;
  shape->firstChild = child;
  return child;
}

}  // namespace kiln::rt
