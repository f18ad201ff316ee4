// The extern "C" declarations of every entry point in RuntimeFunctions.def. The runtime includes
// this header in each file that defines an entry point, so a definition whose signature drifts
// from its .def row is a compile error (conflicting C linkage declarations), not an ABI mismatch.
#pragma once

#include <cstdint>

// The generic entry of compiled functions and native built-ins (see RuntimeFunctions.def).
using KilnCode = uint64_t (*)(uint64_t callee, uint64_t thisValue, const uint64_t *args, uint32_t argc,
                              uint64_t newTarget);

// What a compiled program tells kiln_main about itself; codegen emits one as constant data
// (codegen/LLVMGen.cpp: emitMain builds the same layout).
struct KilnFunctionSource {
  KilnCode code;       // a compiled function's code
  uint32_t start, end; // its text in sourceText, as Function.prototype.toString shows it
};
struct KilnProgram {
  const char *sourcePath;   // the main module's absolute path
  const char *sourceText;   // its UTF-8 text
  uint64_t sourceLength;
  void *const *literals;    // the string literals: static String cells (string/String.cpp)
  uint32_t literalCount;
  uint32_t functionCount;
  const KilnFunctionSource *functions;
};

extern "C" {
#define V uint64_t
#define P void *
#define I32 int32_t
#define U32 uint32_t
#define I64 int64_t
#define D double
#define Void void
#define RUNTIME_FUNCTION(Name, Result, Parameters, Effects) Result Name Parameters;
#define UPTR uintptr_t
#define RUNTIME_VARIABLE(Name, Type) extern Type Name;
#include "kiln/RuntimeFunctions.def"
#undef V
#undef P
#undef I32
#undef U32
#undef I64
#undef D
#undef Void
#undef UPTR
}
