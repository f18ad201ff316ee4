// kiln's allocation interface. Everything in the runtime allocates through these functions (never
// malloc for memory that holds values), so the collector behind them can be replaced: Boehm GC
// on hosted targets, a small collector on microcontrollers.
//
// Scanned memory may hold values and pointers; atomic memory (string characters, number arrays)
// is never scanned. Both are zeroed. Interior pointers keep a block alive.
#pragma once

#include "kiln/Value.h"

#include <cstddef>
#include <new>
#include <vector>

namespace kiln::rt {

void initializeHeap();
void *allocateScanned(size_t bytes);
void *allocateAtomic(size_t bytes);

// The collector's heap: its size and the part of it in use (process.memoryUsage()).
struct HeapStatistics {
  size_t total;
  size_t used;
};
HeapStatistics heapStatistics();

// A new cell of type T (a Cell subclass) with `extra` trailing bytes, header filled in.
template <typename T>
T *allocateCell(CellKind kind, size_t extra = 0) {
  T *cell = static_cast<T *>(allocateScanned(sizeof(T) + extra));
  cell->kind = kind;
  return cell;
}
template <typename T>
T *allocateAtomicCell(CellKind kind, size_t extra = 0) {
  T *cell = static_cast<T *>(allocateAtomic(sizeof(T) + extra));
  cell->kind = kind;
  return cell;
}

// An array of n values in scanned memory, every element ValueEmpty.
inline Value *allocateValues(size_t n) { return static_cast<Value *>(allocateScanned(n * sizeof(Value))); }

// A standard allocator over scanned memory, for containers that may be the only holder of a
// value (malloc'ed memory is invisible to the collector). Freed memory is left to the collector.
template <typename T>
struct ScannedAllocator {
  using value_type = T;
  ScannedAllocator() = default;
  template <typename U>
  ScannedAllocator(const ScannedAllocator<U> &) {}
  T *allocate(size_t n) { return static_cast<T *>(allocateScanned(n * sizeof(T))); }
  void deallocate(T *, size_t) {}
  template <typename U>
  bool operator==(const ScannedAllocator<U> &) const { return true; }
};
template <typename T>
using ScannedVector = std::vector<T, ScannedAllocator<T>>;

}  // namespace kiln::rt
