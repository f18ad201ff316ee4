// Type inference and the rewrites it enables.
//
// Every value starts boxed (an i64 that may hold anything), and locals live in stack slots. This
// pass computes, for each instruction, the set of types its value may have (the lattice in
// IR.h: undefined, null, boolean, int32, double, string, object, empty, other), flow-sensitively
// through the stack slots: a forward dataflow over the blocks whose state is the type of every
// slot, joined at control-flow merges and carried along exceptional edges into handlers. It
// starts from "nothing" and only grows, so it reaches a fixpoint.
//
// With the types known it rewrites:
//  - TDZ checks (IsEmpty) and default-parameter checks (IsUndefined) whose operand can never be
//    Empty / undefined become plain branches;
//  - arithmetic (+ - * / %) and comparisons (< <= > >= == ===) whose operands are proven numbers
//    become NumberBinary / NumberCompare on unboxed doubles (UnboxNumber / BoxNumber at the
//    edges; a box immediately unboxed again cancels), and ++/--/unary minus on numbers likewise;
//  - ToBoolean of a boolean made from an i1 uses the i1 directly.
// The rewritten instructions no longer call the runtime and cannot throw, so their exception
// checks disappear with them.
//
// Stack slots themselves stay boxed: LLVM's mem2reg keeps them in registers, and the box/unbox
// pairs around a loop-carried number are a few integer instructions. Unboxed slots are the next
// step (they need a slot's type at every load, including the initial undefined and TDZ stores).
#include <cmath>
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "ir/IR.h"
#include "ir/Passes.h"

namespace kiln::ir {

namespace {

using Type = uint16_t;
using namespace types;

Type literalType(const Value *v) {
  switch (v->kind()) {
  case Value::Kind::Number: {
    double d = static_cast<const Literal *>(v)->number;
    return (d == static_cast<double>(static_cast<int32_t>(d)) && !(d == 0 && std::signbit(d))) ? Int32 : Double;
  }
  case Value::Kind::String: return String;
  case Value::Kind::Boolean: return Boolean;
  case Value::Kind::Undefined: return Undefined;
  case Value::Kind::Null: return Null;
  case Value::Kind::Empty: return Empty;
  case Value::Kind::Instruction: return static_cast<const Instruction *>(v)->type;
  }
  return Any;
}

bool isNumber(Type t) { return t != 0 && (t & ~Number) == 0; }
// Types whose ToPrimitive runs no user code and gives a number or string.
constexpr Type Primitive = Undefined | Null | Boolean | Number | String;

Type binaryResult(BinaryOperator op, Type a, Type b) {
  switch (op) {
  case BinaryOperator::Add:
    if (isNumber(a) && isNumber(b)) return Number;
    if ((a & ~Primitive) == 0 && (b & ~Primitive) == 0) {
      if ((a & String) && (b & String) && !(a & ~String) && !(b & ~String)) return String;
      if (!(a & String) && !(b & String)) return Number;
      if (!(a & ~String) || !(b & ~String)) return String; // one side is surely a string
      return Number | String;
    }
    if (!(a & ~String) || !(b & ~String)) return String;
    return Number | String | Other;
  case BinaryOperator::Sub: case BinaryOperator::Mul: case BinaryOperator::Div:
  case BinaryOperator::Mod: case BinaryOperator::Exp:
    return ((a | b) & ~Primitive) == 0 ? Number : Number | Other;
  case BinaryOperator::Shl: case BinaryOperator::Sar: case BinaryOperator::BitAnd:
  case BinaryOperator::BitOr: case BinaryOperator::BitXor:
    return ((a | b) & ~Primitive) == 0 ? Int32 : Number | Other;
  case BinaryOperator::Shr:
    return ((a | b) & ~Primitive) == 0 ? Number : Number | Other;
  case BinaryOperator::Lt: case BinaryOperator::Le: case BinaryOperator::Gt: case BinaryOperator::Ge:
  case BinaryOperator::LooseEq: case BinaryOperator::Instanceof: case BinaryOperator::In:
    return Boolean;
  }
  return Any;
}

Type unaryResult(UnaryOperator op, Type a) {
  bool primitive = (a & ~Primitive) == 0;
  switch (op) {
  case UnaryOperator::Neg: case UnaryOperator::ToNumber: case UnaryOperator::Inc:
  case UnaryOperator::Dec: case UnaryOperator::ToNumeric:
    return primitive ? Number : Number | Other;
  case UnaryOperator::BitNot: return primitive ? Int32 : Number | Other;
  case UnaryOperator::ToString: return String;
  case UnaryOperator::ToPropertyKey: return String | Other;
  }
  return Any;
}

class FunctionInference {
public:
  FunctionInference(Module &module, Function &function) : module_(module), function_(function) {}

  void run() {
    for (BasicBlock *b : function_.blocks)
      for (Instruction *i : b->instructions) {
        i->type = 0;
        if (i->opcode == Opcode::AllocStack)
          slots_.emplace(i, uint32_t(slots_.size()));
      }
    solve();
    rewrite();
  }

private:
  using State = std::vector<Type>;

  void join(BasicBlock *b, const State &state, bool &changed) {
    auto it = entry_.find(b);
    if (it == entry_.end()) {
      entry_.emplace(b, state);
      changed = true;
      return;
    }
    for (size_t n = 0; n < state.size(); ++n)
      if ((it->second[n] | state[n]) != it->second[n]) {
        it->second[n] |= state[n];
        changed = true;
      }
  }

  Type resultOf(Instruction *i, State &state) {
    auto operand = [&](size_t n) { return literalType(i->operands[n]); };
    switch (i->opcode) {
    case Opcode::LoadStack: return state[slots_.at(static_cast<Instruction *>(i->operands[0]))];
    case Opcode::BinaryOp: return binaryResult(i->binaryOperator(), operand(0), operand(1));
    case Opcode::UnaryOp: return unaryResult(i->unaryOperator(), operand(0));
    case Opcode::StrictEquals: case Opcode::BoolToValue: case Opcode::DeleteProperty:
    case Opcode::PrivateIn:
      return Boolean;
    case Opcode::TypeOf: case Opcode::TypeOfGlobal: return String;
    case Opcode::CreateClosure: case Opcode::AllocObject: case Opcode::AllocArray:
    case Opcode::CreateArguments: case Opcode::CreateRestArray: case Opcode::Construct:
    case Opcode::ConstructSpread: case Opcode::ClassSetup: case Opcode::IteratorRest:
      return Object;
    case Opcode::BoxNumber: return Number;
    default: return Any;
    }
  }

  void solve() {
    State initial(slots_.size(), Undefined); // codegen initialises every slot to undefined
    entry_.emplace(function_.blocks[0], initial);
    bool changed = true;
    while (changed) {
      changed = false;
      for (BasicBlock *b : function_.blocks) {
        auto it = entry_.find(b);
        if (it == entry_.end())
          continue; // not reached yet
        State state = it->second;
        State thrown(slots_.size(), 0);
        for (Instruction *i : b->instructions) {
          if (sideEffects(i->opcode).mayThrow)
            for (size_t n = 0; n < state.size(); ++n)
              thrown[n] |= state[n];
          if (i->opcode == Opcode::StoreStack) {
            state[slots_.at(static_cast<Instruction *>(i->operands[0]))] = literalType(i->operands[1]);
            continue;
          }
          if (resultKind(i->opcode) != ResultKind::Value)
            continue;
          Type t = resultOf(i, state);
          if ((i->type | t) != i->type) {
            i->type |= t;
            changed = true;
          }
        }
        Instruction *last = b->instructions.back();
        for (BasicBlock *target : last->targets)
          if (target)
            join(target, state, changed);
        if (b->handler)
          join(b->handler, thrown, changed);
      }
    }
    // Instructions in unreachable blocks keep type 0 ("no value"): treat them as Any.
    for (BasicBlock *b : function_.blocks)
      for (Instruction *i : b->instructions)
        if (i->type == 0)
          i->type = Any;
  }

  Instruction *make(Opcode opcode, std::initializer_list<Value *> operands, Instruction *before) {
    Instruction *i = module_.createInstruction(opcode);
    i->operands.assign(operands.begin(), operands.end());
    i->parent = before->parent;
    pending_.push_back(i);
    return i;
  }
  Value *unbox(Value *v, Instruction *before) {
    if (auto *i = v->kind() == Value::Kind::Instruction ? static_cast<Instruction *>(v) : nullptr)
      if (i->opcode == Opcode::BoxNumber)
        return i->operands[0];
    return make(Opcode::UnboxNumber, {v}, before);
  }
  Instruction *box(Value *d, Instruction *before) {
    Instruction *b = make(Opcode::BoxNumber, {d}, before);
    b->type = Number;
    return b;
  }

  // The replacement of `i` (inserted before it), or null to keep it.
  Value *rewriteInstruction(Instruction *i) {
    auto operandType = [&](size_t n) { return literalType(i->operands[n]); };
    switch (i->opcode) {
    case Opcode::BinaryOp: {
      if (!isNumber(operandType(0)) || !isNumber(operandType(1)))
        return nullptr;
      BinaryOperator op = i->binaryOperator();
      switch (op) {
      case BinaryOperator::Add: case BinaryOperator::Sub: case BinaryOperator::Mul:
      case BinaryOperator::Div: case BinaryOperator::Mod: {
        Instruction *n = make(Opcode::NumberBinary, {unbox(i->operands[0], i), unbox(i->operands[1], i)}, i);
        n->op = i->op;
        return box(n, i);
      }
      case BinaryOperator::Lt: case BinaryOperator::Le: case BinaryOperator::Gt:
      case BinaryOperator::Ge: case BinaryOperator::LooseEq: {
        Instruction *c = make(Opcode::NumberCompare, {unbox(i->operands[0], i), unbox(i->operands[1], i)}, i);
        c->op = i->op;
        Instruction *v = make(Opcode::BoolToValue, {c}, i);
        v->type = Boolean;
        return v;
      }
      default:
        return nullptr;
      }
    }
    case Opcode::StrictEquals: {
      if (!isNumber(operandType(0)) || !isNumber(operandType(1)))
        return nullptr;
      Instruction *c = make(Opcode::NumberCompare, {unbox(i->operands[0], i), unbox(i->operands[1], i)}, i);
      c->op = uint8_t(BinaryOperator::LooseEq);
      Instruction *v = make(Opcode::BoolToValue, {c}, i);
      v->type = Boolean;
      return v;
    }
    case Opcode::UnaryOp: {
      if (!isNumber(operandType(0)))
        return nullptr;
      UnaryOperator op = i->unaryOperator();
      if (op == UnaryOperator::ToNumeric || op == UnaryOperator::ToNumber)
        return i->operands[0];
      if (op == UnaryOperator::Inc || op == UnaryOperator::Dec || op == UnaryOperator::Neg) {
        // x + 1, x - 1, and x * -1 (which keeps -0 and NaN right).
        Value *one = module_.number(op == UnaryOperator::Neg ? -1 : 1);
        Instruction *n = make(Opcode::NumberBinary, {unbox(i->operands[0], i), unbox(one, i)}, i);
        n->op = uint8_t(op == UnaryOperator::Inc ? BinaryOperator::Add
                        : op == UnaryOperator::Dec ? BinaryOperator::Sub
                                                   : BinaryOperator::Mul);
        return box(n, i);
      }
      return nullptr;
    }
    case Opcode::ToBoolean: {
      auto *v = i->operands[0]->kind() == Value::Kind::Instruction ? static_cast<Instruction *>(i->operands[0]) : nullptr;
      if (v && v->opcode == Opcode::BoolToValue)
        return v->operands[0];
      return nullptr;
    }
    default:
      return nullptr;
    }
  }

  void rewrite() {
    std::unordered_map<Instruction *, Value *> replaced;
    auto resolve = [&](Value *v) {
      while (v->kind() == Value::Kind::Instruction) {
        auto it = replaced.find(static_cast<Instruction *>(v));
        if (it == replaced.end())
          break;
        v = it->second;
      }
      return v;
    };
    for (BasicBlock *b : function_.blocks) {
      std::vector<Instruction *> out;
      out.reserve(b->instructions.size());
      for (Instruction *i : b->instructions) {
        for (Value *&operand : i->operands)
          operand = resolve(operand);
        // Branches on checks the types settle.
        if (i->opcode == Opcode::CondBranch) {
          auto *cond = i->operands[0]->kind() == Value::Kind::Instruction ? static_cast<Instruction *>(i->operands[0]) : nullptr;
          bool settled = false;
          if (cond && cond->opcode == Opcode::IsEmpty && !(literalType(cond->operands[0]) & Empty))
            settled = true;
          if (cond && cond->opcode == Opcode::IsUndefined && !(literalType(cond->operands[0]) & Undefined))
            settled = true;
          if (settled) {
            Instruction *jump = module_.createInstruction(Opcode::Branch);
            jump->targets[0] = i->targets[1];
            jump->parent = b;
            out.push_back(jump);
            continue;
          }
        }
        Value *replacement = rewriteInstruction(i);
        for (Instruction *p : pending_)
          out.push_back(p);
        pending_.clear();
        if (replacement) {
          replaced[i] = replacement;
          continue;
        }
        out.push_back(i);
      }
      b->instructions = std::move(out);
    }
    // Uses that came before their replacement was known (loops).
    for (BasicBlock *b : function_.blocks)
      for (Instruction *i : b->instructions)
        for (Value *&operand : i->operands)
          operand = resolve(operand);
  }

  Module &module_;
  Function &function_;
  std::unordered_map<Instruction *, uint32_t> slots_;
  std::unordered_map<BasicBlock *, State> entry_;
  std::vector<Instruction *> pending_;
};

} // namespace

void runTypeInference(Module &module) {
  for (Function *function : module.functions)
    FunctionInference(module, *function).run();
}

} // namespace kiln::ir
