// A bump allocator for everything that lives as long as one parse: AST nodes, node lists and
// decoded names and strings. Objects allocated here are never destroyed individually, so they must
// be trivially destructible; the arena frees its chunks all at once. This keeps the AST compact
// (no per-node malloc headers) and makes freeing a 9 MB program's tree one call.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <new>
#include <string_view>
#include <type_traits>
#include <vector>

namespace kiln {

class Arena {
public:
  Arena() = default;
  Arena(const Arena &) = delete;
  Arena &operator=(const Arena &) = delete;

  void *allocate(size_t size, size_t align) {
    uintptr_t p = (reinterpret_cast<uintptr_t>(cursor_) + align - 1) & ~(uintptr_t)(align - 1);
    if (p + size > reinterpret_cast<uintptr_t>(limit_)) {
      grow(size + align);
      p = (reinterpret_cast<uintptr_t>(cursor_) + align - 1) & ~(uintptr_t)(align - 1);
    }
    cursor_ = reinterpret_cast<char *>(p + size);
    return reinterpret_cast<void *>(p);
  }

  template <typename T, typename... Args> T *make(Args &&...args) {
    static_assert(std::is_trivially_destructible_v<T>, "arena objects are never destroyed");
    return new (allocate(sizeof(T), alignof(T))) T(std::forward<Args>(args)...);
  }

  template <typename T> T *allocateArray(size_t count) {
    static_assert(std::is_trivially_destructible_v<T>, "arena objects are never destroyed");
    return static_cast<T *>(allocate(sizeof(T) * (count ? count : 1), alignof(T)));
  }

  std::string_view copyString(std::string_view text) {
    char *p = static_cast<char *>(allocate(text.size() ? text.size() : 1, 1));
    if (!text.empty())
      std::memcpy(p, text.data(), text.size());
    return {p, text.size()};
  }

  size_t bytesAllocated() const { return total_; }

private:
  void grow(size_t atLeast) {
    size_t size = atLeast > kChunkSize ? atLeast : kChunkSize;
    chunks_.emplace_back(new char[size]);
    cursor_ = chunks_.back().get();
    limit_ = cursor_ + size;
    total_ += size;
  }

  static constexpr size_t kChunkSize = 256 * 1024;
  std::vector<std::unique_ptr<char[]>> chunks_;
  char *cursor_ = nullptr;
  char *limit_ = nullptr;
  size_t total_ = 0;
};

} // namespace kiln
