// Runs a function on a thread with a large stack. The parser is recursive descent with an explicit
// depth bound (Parser::kMaxDepth); running it here makes that bound, not the platform's default
// stack size (or a sanitizer's larger frames), decide how deeply a program may nest.
#pragma once
#include <pthread.h>

#include <cstddef>

namespace kiln {

// 1 GiB of address space; only the pages a deep parse touches become resident.
template <typename F> void runWithLargeStack(F &&function, size_t stackBytes = size_t(1) << 30) {
  struct Trampoline {
    static void *run(void *arg) {
      (*static_cast<F *>(arg))();
      return nullptr;
    }
  };
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, stackBytes);
  pthread_t thread;
  bool started = pthread_create(&thread, &attr, &Trampoline::run, &function) == 0;
  pthread_attr_destroy(&attr);
  if (started)
    pthread_join(thread, nullptr);
  else
    function(); // no thread available: run here, still bounded by kMaxDepth
}

} // namespace kiln
