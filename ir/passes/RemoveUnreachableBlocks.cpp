// Removes the blocks no path from the entry reaches (through branches or exceptional edges).
// Type inference settles checks into plain branches; this drops the code they guarded (TDZ
// errors that cannot happen, defaults that are never used) so later stages do not compile it.
#include <unordered_set>
#include <vector>

#include "ir/IR.h"
#include "ir/Passes.h"

namespace kiln::ir {

void runRemoveUnreachableBlocks(Module &module) {
  for (Function *function : module.functions) {
    std::unordered_set<BasicBlock *> reached;
    std::vector<BasicBlock *> work = {function->blocks[0]};
    while (!work.empty()) {
      BasicBlock *b = work.back();
      work.pop_back();
      if (!reached.insert(b).second)
        continue;
      for (BasicBlock *target : b->instructions.back()->targets)
        if (target)
          work.push_back(target);
      if (b->handler)
        work.push_back(b->handler);
    }
    std::vector<BasicBlock *> kept;
    for (BasicBlock *b : function->blocks)
      if (reached.count(b))
        kept.push_back(b);
    function->blocks = std::move(kept);
  }
}

} // namespace kiln::ir
