// Allocation over Boehm GC. GC_INIT runs once, before the first allocation (kiln_main calls
// initializeHeap first; unit tests and other embedders get it from the first allocation).
//
// KILN_GC_STRESS=N forces a full collection every N-th allocation, so a value the runtime forgot to
// keep reachable is freed (and its memory reused) close to the bug instead of hours later.
// Boehm's allocation functions zero memory; kiln relies on that (ValueEmpty == 0).
#include "heap/Heap.h"

#include "kiln/RuntimeFunctions.h"

#include <gc.h>

#include <cstdio>
#include <cstdlib>

namespace kiln::rt {

static bool heapInitialized;
static uint64_t stressInterval;  // 0: off
static uint64_t stressCounter;

void initializeHeap() {
  if (heapInitialized) return;
  heapInitialized = true;
  GC_set_all_interior_pointers(1);
  GC_INIT();
  if (const char *stress = std::getenv("KILN_GC_STRESS")) stressInterval = std::strtoull(stress, nullptr, 10);
}

static inline void beforeAllocation() {
  if (__builtin_expect(!heapInitialized, 0)) initializeHeap();
  if (__builtin_expect(stressInterval != 0, 0) && ++stressCounter % stressInterval == 0) GC_gcollect();
}

[[noreturn]] static void outOfMemory(size_t bytes) {
  std::fprintf(stderr, "FATAL ERROR: kiln: out of memory allocating %zu bytes\n", bytes);
  std::abort();
}

void *allocateScanned(size_t bytes) {
  beforeAllocation();
  void *p = GC_MALLOC(bytes ? bytes : 1);
  if (!p) outOfMemory(bytes);
  return p;
}

void *allocateAtomic(size_t bytes) {
  beforeAllocation();
  void *p = GC_MALLOC_ATOMIC(bytes ? bytes : 1);
  if (!p) outOfMemory(bytes);
  std::memset(p, 0, bytes);  // GC_MALLOC_ATOMIC does not clear
  return p;
}

HeapStatistics heapStatistics() {
  size_t total = GC_get_heap_size();
  return {total, total - GC_get_free_bytes()};
}

}  // namespace kiln::rt

using namespace kiln::rt;

extern "C" void *kiln_alloc(int64_t bytes) { return allocateScanned(static_cast<size_t>(bytes)); }
extern "C" void *kiln_alloc_atomic(int64_t bytes) { return allocateAtomic(static_cast<size_t>(bytes)); }

extern "C" void *kiln_env_new(void *parent, uint32_t slotCount) {
  // { parent; slots[slotCount] }: the parent is an 8-byte slot on every target.
  auto *env = static_cast<uint64_t *>(allocateScanned((1 + size_t(slotCount)) * sizeof(uint64_t)));
  env[0] = static_cast<uint64_t>(reinterpret_cast<uintptr_t>(parent));
  return env;
}
