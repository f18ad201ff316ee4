// The pass registry: maps Passes.def's spellings to the passes and runs pipelines with the
// verifier after every pass.
#include "ir/Passes.h"

#include "ir/IR.h"

namespace kiln::ir {

std::string runPasses(Module &module, const std::vector<std::string> &names) {
  for (const std::string &name : names) {
    bool found = false;
#define PASS(Name, Spelling, Description)                                                          \
  if (name == Spelling) {                                                                          \
    run##Name(module);                                                                             \
    found = true;                                                                                  \
  }
#include "ir/Passes.def"
    if (!found)
      return "unknown pass '" + name + "'";
    std::string error = verifyModule(module);
    if (!error.empty())
      return "invalid IR after " + name + ": " + error;
  }
  return {};
}

std::vector<std::string> defaultPipeline(int optimizationLevel) {
  if (optimizationLevel <= 0)
    return {};
  return {"type-inference", "remove-unreachable-blocks", "dce"};
}

} // namespace kiln::ir
