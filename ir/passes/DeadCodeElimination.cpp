// Removes instructions whose results nothing uses and whose effects allow it: Pure ones and
// reads of the frame (a load nobody uses changes nothing). Writes, anything that may throw and
// terminators stay. Type inference leaves such instructions behind when it rewrites their users
// (the TDZ check of a variable it proved initialised, the box of a number that is only unboxed
// again); LLVM would drop them too, but the IR that tests read should say what runs.
//
// Uses are counted once; removing an instruction releases its operands, which are revisited
// through a worklist, so chains of dead instructions go in one run.
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "ir/IR.h"
#include "ir/Passes.h"

namespace kiln::ir {

namespace {

bool removableWhenUnused(const Instruction *i) {
  SideEffects e = sideEffects(i->opcode);
  return resultKind(i->opcode) != ResultKind::None && !e.writeFrame && !e.mayThrow && !e.terminator;
}

} // namespace

void runDeadCodeElimination(Module &module) {
  for (Function *function : module.functions) {
    std::unordered_map<Instruction *, uint32_t> uses;
    for (BasicBlock *b : function->blocks)
      for (Instruction *i : b->instructions)
        for (Value *operand : i->operands)
          if (operand->kind() == Value::Kind::Instruction)
            ++uses[static_cast<Instruction *>(operand)];
    std::vector<Instruction *> work;
    for (BasicBlock *b : function->blocks)
      for (Instruction *i : b->instructions)
        if (!uses[i] && removableWhenUnused(i))
          work.push_back(i);
    std::unordered_set<Instruction *> dead;
    while (!work.empty()) {
      Instruction *i = work.back();
      work.pop_back();
      if (!dead.insert(i).second)
        continue;
      for (Value *operand : i->operands)
        if (operand->kind() == Value::Kind::Instruction) {
          auto *def = static_cast<Instruction *>(operand);
          if (--uses[def] == 0 && removableWhenUnused(def))
            work.push_back(def);
        }
    }
    if (dead.empty())
      continue;
    for (BasicBlock *b : function->blocks)
      std::erase_if(b->instructions, [&](Instruction *i) { return dead.count(i) != 0; });
  }
}

} // namespace kiln::ir
