// The slow half of the property inline caches (see PropertyCache.h): probing a site's entries,
// and on a miss doing the full lookup while recording where it went, so the next access with the
// same shapes is a probe.
//
// A get records the receiver's shape and the shapes of the prototypes it walked over up to the
// holder (or to the end of the chain when the property is absent). A set records either an
// existing own writable data property, a setter found on the chain, or the addition of a new
// property (a shape transition), which is valid while the prototypes walked over — all of them,
// up to the end of the chain or to a writable data property that would be shadowed — keep their
// shapes, since only then can no setter or read-only property have appeared on the way.
#include "object/PropertyCache.h"

#include "heap/Heap.h"
#include "object/Realm.h"
#include "object/Shape.h"

using namespace kiln::rt;

#include <cstddef>

// Object derives from Cell, so it is not standard-layout; its layout is still fixed (no virtuals).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
static_assert(offsetof(Cell, kind) == CellKindOffset && offsetof(Object, shape) == ObjectShapeOffset &&
                  offsetof(Object, slots) == ObjectShapeOffset + sizeof(void *),
              "codegen reads an object's kind, shape and slots at these offsets (value_layout.def)");
static_assert(offsetof(Object, elements) == ObjectShapeOffset + 2 * sizeof(void *) &&
                  offsetof(Object, elementCapacity) == ObjectShapeOffset + 5 * sizeof(void *) + 4,
              "codegen reads an object's elements and their capacity at these offsets (value_layout.def)");
static_assert(offsetof(Array, length) == ObjectShapeOffset + 5 * sizeof(void *) + 8 &&
                  sizeof(static_cast<Array *>(nullptr)->length) == 4,
              "codegen reads an array's length at this offset (value_layout.def)");
static_assert(offsetof(PropertyCache, shape) == 0 && offsetof(PropertyCache, slot) == sizeof(void *) &&
                  offsetof(PropertyCache, holder) == 2 * sizeof(void *) + 8 &&
                  sizeof(PropertyCache) == 4 * sizeof(void *) + 8,
              "codegen's propertyCacheType_ is { ptr, i32, i32, ptr, ptr, ptr }");
#pragma GCC diagnostic pop

namespace {

// After this many recorded misses a site stops recording (megamorphic) and only probes.
constexpr uint32_t MegamorphicInserts = 32;

bool isLength(Value key) { return key == cellValue(atoms.length); }

// A literal name that is an interned string not starting with a digit (so not an array index):
// the keys codegen gives the caches (hasCacheableName in codegen/LLVMGen.cpp).
bool isCacheableKey(Value key) {
  if (!isString(key)) return false;
  String *s = asString(key);
  if (!s->isInterned() || s->length == 0) return false;
  char16_t first = charAt(s, 0);
  return !(first >= '0' && first <= '9');
}

// The object at `entry.depth` from `start` if every recorded shape still matches, else null.
Object *validate(const PropertyCacheEntry &entry, Object *start) {
  Object *o = start;
  uint32_t walked = entry.depth;
  if (entry.flags & PropertyCacheEntry::Absent) walked = entry.depth;  // the whole chain
  for (uint32_t n = 0; n < walked; ++n) {
    o = o->shape->prototype;
    if (!o || o->shape != entry.chain[n]) return nullptr;
  }
  if (entry.flags & PropertyCacheEntry::Absent) return o->shape->prototype ? nullptr : o;
  return o;
}

void record(PropertyCache *cache, const PropertyCacheEntry &entry) {
  if (cache->inserts >= MegamorphicInserts) return;
  if (!cache->entries)
    cache->entries = static_cast<PropertyCacheEntry *>(allocateScanned(sizeof(PropertyCacheEntry) * PropertyCacheEntries));
  cache->entries[cache->inserts % PropertyCacheEntries] = entry;
  ++cache->inserts;
}

// Walks the chain from `start` for `key` the way [[Get]] does for ordinary objects, filling
// `entry`. Returns the holder (null when absent); `cacheable` is cleared when the walk met a
// dictionary, an exotic `length`, or went deeper than the entry can record.
Object *lookup(Object *start, Value key, PropertyCacheEntry &entry, uint8_t &attributes, bool &cacheable) {
  entry = PropertyCacheEntry{};
  entry.receiverShape = start->shape;
  uint32_t depth = 0;
  for (Object *o = start; o; o = o->shape->prototype, ++depth) {
    if (o->shape->dictionary) cacheable = false;
    if (isLength(key) && (o->kind == CellKind::Array || o->kind == CellKind::StringObject)) cacheable = false;
    if (depth > 0) {
      if (depth > PropertyCacheMaxDepth) cacheable = false;
      else entry.chain[depth - 1] = o->shape;
    }
    int32_t slot = shapeLookup(o->shape, key, &attributes);
    if (slot >= 0) {
      entry.depth = static_cast<uint8_t>(depth);
      entry.slot = static_cast<uint32_t>(slot);
      if (attributes & AccessorProperty) entry.flags |= PropertyCacheEntry::Accessor;
      return o;
    }
  }
  // Absent: the entry covers the whole chain (start's prototypes, `depth - 1` of them).
  entry.depth = static_cast<uint8_t>(depth - 1);
  entry.flags |= PropertyCacheEntry::Absent;
  return nullptr;
}

[[gnu::noinline]] Result<Value> getCached(Value base, Value key, PropertyCache *cache) {
  Object *start;
  if (isObject(base)) {
    start = asObject(base);
    if (start->kind == CellKind::Array && isLength(key)) return numberValue(static_cast<Array *>(start)->length);
  } else if (isString(base) && isLength(key)) {
    return int32Value(static_cast<int32_t>(asString(base)->length));
  } else {
    start = primitivePrototype(base);
  }
  if (!start || !isCacheableKey(key)) return fromABI(kiln_get_property_rjs(base, key));
  if (PropertyCacheEntry *entries = cache->entries) {
    for (uint32_t n = 0; n < PropertyCacheEntries; ++n) {
      const PropertyCacheEntry &e = entries[n];
      if (e.receiverShape != start->shape) continue;
      Object *holder = validate(e, start);
      if (!holder) continue;
      if (e.flags & PropertyCacheEntry::Absent) return ValueUndefined;
      Value v = holder->slots[e.slot];
      return (e.flags & PropertyCacheEntry::Accessor) ? callGetter(v, base) : v;
    }
  }
  PropertyCacheEntry entry;
  uint8_t attributes = 0;
  bool cacheable = true;
  Object *holder = lookup(start, key, entry, attributes, cacheable);
  if (!cacheable) return fromABI(kiln_get_property_rjs(base, key));
  record(cache, entry);
  if (!holder) return ValueUndefined;
  Value v = holder->slots[entry.slot];
  if (entry.flags & PropertyCacheEntry::Accessor) return callGetter(v, base);
  if (entry.depth <= 1 && isObject(base)) {  // the inline fast path's cases
    cache->shape = start->shape;
    cache->slot = entry.slot;
    cache->holder = entry.depth ? holder : nullptr;
    cache->holderShape = entry.depth ? holder->shape : nullptr;
  }
  return v;
}

Result<Value> callSetter(Value accessorCell, Value receiver, Value value) {
  auto *accessor = reinterpret_cast<Accessor *>(asCell(accessorCell));
  Value arg = value;
  KILN_TRY(call(accessor->setter, receiver, &arg, 1));
  return value;
}

Result<Value> setCached(Value base, Value key, Value value, bool strict, PropertyCache *cache) {
  if (!isObject(base) || !isCacheableKey(key))
    return fromABI(kiln_set_property_rjs(base, key, value, strict));
  Object *object = asObject(base);
  if (PropertyCacheEntry *entries = cache->entries) {
    for (uint32_t n = 0; n < PropertyCacheEntries; ++n) {
      const PropertyCacheEntry &e = entries[n];
      if (e.receiverShape != object->shape) continue;
      Object *holder = validate(e, object);
      if (!holder) continue;
      if (e.flags & PropertyCacheEntry::Transition) {
        if (object->bits & Object::NotExtensible) break;
        ensureSlotCapacity(object, e.newShape->count);
        object->slots[e.slot] = value;
        object->shape = e.newShape;
        return value;
      }
      if (e.flags & PropertyCacheEntry::Accessor) {
        // The same shape can hold another accessor now (defineProperty keeps the attributes):
        // without a setter, the generic path ignores the store or throws V8's TypeError.
        if (reinterpret_cast<Accessor *>(asCell(holder->slots[e.slot]))->setter == ValueUndefined) break;
        return callSetter(holder->slots[e.slot], base, value);
      }
      object->slots[e.slot] = value;
      return value;
    }
  }
  PropertyCacheEntry entry;
  uint8_t attributes = 0;
  bool cacheable = !(object->bits & Object::NotExtensible);
  Object *holder = lookup(object, key, entry, attributes, cacheable);
  if (cacheable) {
    if (holder && (attributes & AccessorProperty)) {
      auto *accessor = reinterpret_cast<Accessor *>(asCell(holder->slots[entry.slot]));
      if (accessor->setter != ValueUndefined) {
        record(cache, entry);
        return callSetter(holder->slots[entry.slot], base, value);
      }
    } else if (holder == object) {
      if (attributes & Writable) {
        record(cache, entry);
        cache->shape = object->shape;
        cache->slot = entry.slot;
        cache->holder = nullptr;
        object->slots[entry.slot] = value;
        return value;
      }
    } else if (!holder || (attributes & Writable)) {
      // An addition, shadowing nothing or a writable data property of a prototype.
      Shape *next = shapeWithProperty(object->shape, key, DefaultAttributes);
      if (!next->dictionary) {
        entry.flags = PropertyCacheEntry::Transition;
        entry.newShape = next;
        entry.slot = next->count - 1;
        record(cache, entry);
        ensureSlotCapacity(object, next->count);
        object->slots[entry.slot] = value;
        object->shape = next;
        return value;
      }
    }
  }
  return fromABI(kiln_set_property_rjs(base, key, value, strict));
}

}  // namespace

// The common case first, in a leaf function that needs no stack frame: an object receiver and an
// entry for a data property. Everything else (and the probe again) in getCached.
extern "C" uint64_t kiln_get_named_cached_rjs(uint64_t object, uint64_t key, void *cellAddress) {
  auto *cache = static_cast<PropertyCache *>(cellAddress);
  if (isObject(object) && cache->entries) {
    Object *o = asObject(object);
    for (uint32_t n = 0; n < PropertyCacheEntries; ++n) {
      const PropertyCacheEntry &e = cache->entries[n];
      if (e.receiverShape != o->shape || (e.flags & (PropertyCacheEntry::Accessor | PropertyCacheEntry::Absent)))
        continue;
      Object *holder = o;
      uint32_t walked = 0;
      for (; walked < e.depth; ++walked) {
        holder = holder->shape->prototype;
        if (holder->shape != e.chain[walked]) break;
      }
      if (walked == e.depth) return holder->slots[e.slot];
    }
  }
  return getCached(object, key, cache).abi();
}

extern "C" uint64_t kiln_set_named_cached_rjs(uint64_t object, uint64_t key, uint64_t value, uint32_t strict,
                                              void *cache) {
  return setCached(object, key, value, strict != 0, static_cast<PropertyCache *>(cache)).abi();
}
