// The IR pass registry (Passes.def) and pipelines.
#pragma once
#include <string>
#include <vector>

namespace kiln::ir {

class Module;

#define PASS(Name, Spelling, Description) void run##Name(Module &module);
#include "ir/Passes.def"

/// Runs the passes named in `names` (their spellings in Passes.def), verifying the module after
/// each one. Returns an empty string, or the first error (unknown pass, verifier failure).
std::string runPasses(Module &module, const std::vector<std::string> &names);

/// The default pipeline for an optimisation level (0: none).
std::vector<std::string> defaultPipeline(int optimizationLevel);

} // namespace kiln::ir
