// Inline caches for named property access (o.name, o.name = v).
//
// Every property-access site with a literal name owns a PropertyCache cell in the program's .bss
// (zero-initialised, so an unused cache is empty). Generated code reads only its first two fields:
// when the receiver is an object whose shape is `shape`, the value is in `slots[slot]` (loads) or
// `slots[slot]` may be overwritten (stores), with no call. Everything else goes to the cached
// entry points (kiln_get_named_cached_rjs / kiln_set_named_cached_rjs), which probe a small table
// of entries before doing the full lookup and recording its outcome.
//
// An entry is valid while the shapes it recorded are still the shapes of the objects involved:
// shared shapes are immutable and include the prototype, so if the receiver's shape and the shape
// of every prototype walked over are unchanged, the same lookup finds the same slot (or finds
// nothing). Dictionary shapes are mutated in place and are never cached.
#pragma once

#include "object/Object.h"

namespace kiln::rt {

struct Shape;

// How many prototypes a cached lookup may walk over.
inline constexpr uint32_t PropertyCacheMaxDepth = 4;
inline constexpr uint32_t PropertyCacheEntries = 4;

struct PropertyCacheEntry {
  enum : uint8_t {
    Accessor = 1,    // the holder's slot holds an Accessor cell
    Absent = 2,      // (get) the chain ends without the property: undefined
    Transition = 4,  // (set) adds the property: the object moves to `newShape`
  };
  Shape *receiverShape;  // shape of the object the lookup starts at (null: unused entry)
  Shape *chain[PropertyCacheMaxDepth];  // shapes of the prototypes walked, in order
  Shape *newShape;       // Transition: the shape after the addition
  uint32_t slot;         // in the holder (the object at `depth`), or the new slot
  uint8_t depth;         // prototypes walked: 0 = the starting object itself
  uint8_t flags;
};

// The cell generated code owns per site; codegen reads every field but `inserts` and `entries`
// (codegen/LLVMGen.cpp: propertyCacheType_). The inline case: a receiver of shape `shape` finds
// the property in `slots[slot]` of itself (holder null) or, for loads, of its prototype `holder`
// as long as the holder's shape is still `holderShape`. Stores only cache own writable data
// properties inline.
struct PropertyCache {
  Shape *shape;
  uint32_t slot;
  uint32_t inserts;  // entries recorded so far; past a limit the site is megamorphic
  PropertyCacheEntry *entries;  // PropertyCacheEntries of them, GC-allocated on first use
  Object *holder;
  Shape *holderShape;
};

}  // namespace kiln::rt
