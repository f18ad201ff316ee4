// Target registry access for the code generator.
#pragma once
#include <string>
#include <vector>

namespace kiln::codegen {

/// Version string of the LLVM the toolchain was built against.
std::string llvmVersion();

/// Registers the code generators kiln links (x86-64, AArch64, ARM/Thumb). Idempotent.
void initializeTargets();

/// Names of the LLVM targets this build can emit code for (x86-64, AArch64, ARM, ...).
std::vector<std::string> registeredTargets();

} // namespace kiln::codegen
