// Shapes (hidden classes). See Shape.cpp for the transition tree and dictionary mode.
#pragma once

#include "object/Object.h"

namespace kiln::rt {

struct Shape : Cell {
  Shape *parent;        // transition parent; null for a root or a dictionary
  Object *prototype;    // null for a null prototype
  Value key;            // the key this transition added (0 for a root)
  uint32_t count;       // property entries; the entry added last has slot count - 1
  uint8_t attributes;   // of `key`
  bool dictionary;      // owned by one object and mutated in place
  Shape *firstChild;    // transitions from this shape, as a sibling list
  Shape *nextSibling;
  // Key list and hash index. Built on demand for shared shapes (then immutable), owned and kept
  // up to date by dictionary shapes, whose deleted entries have key 0.
  Value *keys;
  uint8_t *attrs;
  uint32_t *table;      // open addressing: entry index + 1; 0 empty; Tombstone deleted
  uint32_t tableSize;   // a power of two, or 0 when there is no table
  uint32_t capacity;    // allocated length of keys/attrs
  uint32_t liveCount;   // entries whose key is not 0
};

// Objects with more properties than this leave the shared tree (they are used as maps).
inline constexpr uint32_t MaxSharedShapeProperties = 64;

Shape *rootShape(Object *prototype);
// The shape after adding `key`: a (possibly new) child for a shared shape, `shape` itself,
// extended, for a dictionary.
Shape *shapeWithProperty(Shape *shape, Value key, uint8_t attributes);
// Finds `key`: its slot, or -1.
int32_t shapeLookup(Shape *shape, Value key, uint8_t *attributes);
// Makes sure shape->keys/attrs are filled in (count entries).
void materializeKeys(Shape *shape);
// A dictionary copy of `shape` (same keys, slots and attributes).
Shape *dictionaryFrom(Shape *shape);
void dictionaryRemove(Shape *dictionary, uint32_t slot);
void dictionarySetAttributes(Shape *dictionary, uint32_t slot, uint8_t attributes);

}  // namespace kiln::rt
