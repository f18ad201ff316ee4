// Type inference and the rewrites it enables.
//
// Every value starts boxed (an i64 that may hold anything), and locals live in stack slots. This
// pass computes, for each instruction, the set of types its value may have (the lattice in
// IR.h: undefined, null, boolean, int32, double, string, object, empty, other), flow-sensitively
// through the stack slots: a forward dataflow over the blocks whose state is the type of every
// slot, joined at control-flow merges and carried along exceptional edges into handlers (from
// every instruction that may throw, and from Throw). It starts from "nothing" and only grows, so
// it reaches a fixpoint. Parameters, properties, globals and call results are unknown (Any);
// operators still give what they always give (a comparison a boolean, unary plus a number).
//
// With the types known it rewrites:
//  - stack slots whose every load is proven a number become unboxed double slots
//    (AllocStackDouble, LoadStackDouble, StoreStackDouble), and those whose every load is proven
//    an int32 unboxed int32 slots (AllocStackInt32, ...: bitwise results, flags, hashes). A store
//    of anything else - the initial undefined, a `let`'s TDZ Empty, a string overwritten before
//    any read - can then reach no load, so it is dropped; the initial contents of such a slot are
//    never read. A load is boxed again only where its value meets generic code: a call argument,
//    a return, a property store. Captured variables live in environments, not slots, and stay
//    boxed; so do slots that may be read while holding a value of another type.
//  - arithmetic (+ - * / %) and comparisons (< <= > >= == ===) whose operands are proven numbers
//    become NumberBinary / NumberCompare on unboxed doubles (UnboxNumber / BoxNumber at the
//    edges; a box immediately unboxed again cancels), and ++/--/unary minus on numbers likewise.
//    Arithmetic stays in doubles even on int32 operands: `i + 1` may leave the int32 range.
//  - bitwise operators (& | ^ ~ << >> >>>) on proven numbers become Int32Binary on i32 after a
//    ToInt32 (inline truncation with a cold runtime call for large magnitudes, NaN and the
//    infinities). Their results are exactly int32 (BoxInt32 boxes one with no checks), except
//    >>>, whose unsigned result is a double above 2^31 - 1 (Uint32ToDouble). A value made from an
//    i32 is converted back to it for free, so chains of bitwise operators never leave i32;
//  - comparisons whose operands are both such exact int32s (or int32 literals) use Int32Compare;
//  - TDZ checks (IsEmpty) and default-parameter checks (IsUndefined) whose operand can never be
//    Empty / undefined become plain branches;
//  - slots whose every load is proven a boolean become i1 slots (AllocStackBool, ...), and
//    ToBoolean of a proven boolean is a comparison with true (UnboxBoolean), or the i1 itself
//    when the boolean was made from one.
// The rewritten instructions no longer call the runtime and cannot throw, so their exception
// checks disappear with them. What they leave unused is removed by the dce pass that follows.
//
// Not done here: int32 arithmetic with overflow checks (so `i++` gives a number, and a loop
// counter lives in a double slot), and parameter types from call sites (calls of known functions
// are direct, CallDirect from the front end, but still pass boxed arguments through the generic
// entry).
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
  case UnaryOperator::ToNumber: return Number; // unary plus throws for a BigInt
  case UnaryOperator::Neg: case UnaryOperator::Inc:
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
    case Opcode::CommonJSModule: case Opcode::CommonJSRequire:
      return Object;
    case Opcode::BoxNumber: return Number;
    case Opcode::BoxInt32: return Int32;
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
          // A throw leaves for the handler with the slots as they are at that point.
          if (sideEffects(i->opcode).mayThrow || i->opcode == Opcode::Throw)
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
    chooseUnboxedSlots();
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
  static Instruction *asInstruction(Value *v, Opcode opcode) {
    auto *i = v->kind() == Value::Kind::Instruction ? static_cast<Instruction *>(v) : nullptr;
    return i && i->opcode == opcode ? i : nullptr;
  }
  // The double of a value proven a number (a number literal stands for itself).
  Value *unbox(Value *v, Instruction *before) {
    if (v->kind() == Value::Kind::Number)
      return v;
    if (Instruction *b = asInstruction(v, Opcode::BoxNumber))
      return b->operands[0];
    if (Instruction *b = asInstruction(v, Opcode::BoxInt32))
      return make(Opcode::Int32ToDouble, {b->operands[0]}, before);
    return make(Opcode::UnboxNumber, {v}, before);
  }
  Instruction *box(Value *d, Instruction *before, Type type = Number) {
    Instruction *b = make(Opcode::BoxNumber, {d}, before);
    b->type = type;
    return b;
  }
  // The i1 of a value proven a boolean.
  Value *unboxBoolean(Value *v, Instruction *before) {
    if (v->kind() == Value::Kind::Boolean)
      return v; // only StoreStackBool takes a literal
    if (Instruction *b = asInstruction(v, Opcode::BoolToValue))
      return b->operands[0];
    return make(Opcode::UnboxBoolean, {v}, before);
  }
  // ToInt32 of a value proven a number, reusing the integer it was made from where there is one.
  Value *int32Form(Value *v, Instruction *before) {
    if (v->kind() == Value::Kind::Number)
      return v;
    if (Instruction *b = asInstruction(v, Opcode::BoxInt32))
      return b->operands[0];
    if (Instruction *b = asInstruction(v, Opcode::BoxNumber))
      for (Opcode from : {Opcode::Int32ToDouble, Opcode::Uint32ToDouble})
        if (Instruction *c = asInstruction(b->operands[0], from))
          return c->operands[0]; // ToInt32 of a uint32 keeps its bits
    return make(Opcode::ToInt32, {unbox(v, before)}, before);
  }
  // The signed int32 a value proven a number already is, or null: what integer comparisons take.
  static Value *exactInt32(Value *v) {
    if (v->kind() == Value::Kind::Number)
      return literalType(v) == Int32 ? v : nullptr;
    if (Instruction *b = asInstruction(v, Opcode::BoxInt32))
      return b->operands[0];
    if (Instruction *b = asInstruction(v, Opcode::BoxNumber))
      if (Instruction *c = asInstruction(b->operands[0], Opcode::Int32ToDouble))
        return c->operands[0];
    return nullptr;
  }
  // `op` (a, b) for a comparison of proven numbers, as an i1.
  Instruction *compareNumbers(BinaryOperator op, Value *a, Value *b, Instruction *before) {
    Value *x = exactInt32(a), *y = exactInt32(b);
    Instruction *c = x && y && !(x->isLiteral() && y->isLiteral())
                         ? make(Opcode::Int32Compare, {x, y}, before)
                         : make(Opcode::NumberCompare, {unbox(a, before), unbox(b, before)}, before);
    c->op = uint8_t(op);
    return c;
  }
  Value *int32Binary(BinaryOperator op, Value *a, Value *b, Instruction *before) {
    Instruction *r = make(Opcode::Int32Binary, {int32Form(a, before), int32Form(b, before)}, before);
    r->op = uint8_t(op);
    if (op == BinaryOperator::Shr) // unsigned: above 2^31 - 1 it is a double
      return box(make(Opcode::Uint32ToDouble, {r}, before), before);
    Instruction *boxed = make(Opcode::BoxInt32, {r}, before);
    boxed->type = Int32;
    return boxed;
  }

  // Slots that can live unboxed: as int32s when every load of the slot is proven an int32, as
  // doubles when every load is proven a number (a load of type 0 never runs), provided some load
  // runs. A store of anything else (the initial undefined, the TDZ's Empty, a string or a double
  // overwritten before any read) then never reaches a load, so it is dropped. Slots holding
  // environments (which are not JavaScript values) stay as they are.
  void chooseUnboxedSlots() {
    std::vector<Type> loaded(slots_.size(), 0);
    std::vector<bool> boxedOnly(slots_.size(), false);
    for (BasicBlock *b : function_.blocks)
      for (Instruction *i : b->instructions) {
        if (i->opcode == Opcode::LoadStack) {
          loaded[slots_.at(static_cast<Instruction *>(i->operands[0]))] |= i->type;
        } else if (i->opcode == Opcode::StoreStack) {
          auto *v = i->operands[1]->kind() == Value::Kind::Instruction ? static_cast<Instruction *>(i->operands[1]) : nullptr;
          if (v && resultKind(v->opcode) != ResultKind::Value)
            boxedOnly[slots_.at(static_cast<Instruction *>(i->operands[0]))] = true;
        }
      }
    for (auto &[slot, n] : slots_)
      if (!boxedOnly[n] && (isNumber(loaded[n]) || loaded[n] == Boolean))
        unboxedSlots_.emplace(slot, loaded[n] == Int32 ? Int32 : loaded[n] == Boolean ? Boolean : Number);
  }
  // Int32, Number or Boolean for an unboxed slot, 0 for a boxed one.
  Type slotRepresentation(Instruction *slot) {
    auto it = unboxedSlots_.find(slot);
    return it == unboxedSlots_.end() ? 0 : it->second;
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
      case BinaryOperator::BitAnd: case BinaryOperator::BitOr: case BinaryOperator::BitXor:
      case BinaryOperator::Shl: case BinaryOperator::Sar: case BinaryOperator::Shr:
        return int32Binary(op, i->operands[0], i->operands[1], i);
      case BinaryOperator::Lt: case BinaryOperator::Le: case BinaryOperator::Gt:
      case BinaryOperator::Ge: case BinaryOperator::LooseEq: {
        Instruction *v = make(Opcode::BoolToValue, {compareNumbers(op, i->operands[0], i->operands[1], i)}, i);
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
      Instruction *c = compareNumbers(BinaryOperator::LooseEq, i->operands[0], i->operands[1], i);
      Instruction *v = make(Opcode::BoolToValue, {c}, i);
      v->type = Boolean;
      return v;
    }
    case Opcode::LoadStack: {
      auto *slot = static_cast<Instruction *>(i->operands[0]);
      Type representation = slotRepresentation(slot);
      if (representation == Int32) {
        Instruction *boxed = make(Opcode::BoxInt32, {make(Opcode::LoadStackInt32, {slot}, i)}, i);
        boxed->type = Int32;
        return boxed;
      }
      if (representation == Number)
        return box(make(Opcode::LoadStackDouble, {slot}, i), i, i->type & Number ? i->type & Number : Number);
      if (representation == Boolean) {
        Instruction *boxed = make(Opcode::BoolToValue, {make(Opcode::LoadStackBool, {slot}, i)}, i);
        boxed->type = Boolean;
        return boxed;
      }
      return nullptr;
    }
    case Opcode::StoreStack: {
      auto *slot = static_cast<Instruction *>(i->operands[0]);
      Type representation = slotRepresentation(slot);
      if (!representation)
        return nullptr;
      Type stored = operandType(1);
      if (representation == Int32 && stored == Int32)
        make(Opcode::StoreStackInt32, {slot, int32Form(i->operands[1], i)}, i);
      else if (representation == Number && isNumber(stored))
        make(Opcode::StoreStackDouble, {slot, unbox(i->operands[1], i)}, i);
      else if (representation == Boolean && stored == Boolean)
        make(Opcode::StoreStackBool, {slot, unboxBoolean(i->operands[1], i)}, i);
      return module_.undefined(); // the boxed store is gone (any other one is never read)
    }
    case Opcode::AllocStack: {
      Type representation = slotRepresentation(i);
      if (representation) // in place: its uses refer to it
        i->opcode = representation == Int32     ? Opcode::AllocStackInt32
                    : representation == Boolean ? Opcode::AllocStackBool
                                                : Opcode::AllocStackDouble;
      return nullptr;
    }
    case Opcode::UnaryOp: {
      if (!isNumber(operandType(0)))
        return nullptr;
      UnaryOperator op = i->unaryOperator();
      if (op == UnaryOperator::ToNumeric || op == UnaryOperator::ToNumber)
        return i->operands[0];
      if (op == UnaryOperator::BitNot)
        return int32Binary(BinaryOperator::BitXor, i->operands[0], module_.number(-1), i);
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
    case Opcode::ToBoolean: // (a literal stays: its users want an instruction's i1)
      return operandType(0) == Boolean && !i->operands[0]->isLiteral() ? unboxBoolean(i->operands[0], i) : nullptr;
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
    // Uses that came before their replacement was known (loops), and the conversions that undo
    // each other once they meet.
    for (BasicBlock *b : function_.blocks)
      for (Instruction *i : b->instructions)
        for (Value *&operand : i->operands) {
          operand = resolve(operand);
          if (Instruction *u = asInstruction(operand, Opcode::UnboxNumber))
            if (Instruction *boxed = asInstruction(u->operands[0], Opcode::BoxNumber))
              operand = boxed->operands[0];
          for (Opcode test : {Opcode::ToBoolean, Opcode::UnboxBoolean})
            if (Instruction *t = asInstruction(operand, test))
              if (Instruction *b = asInstruction(t->operands[0], Opcode::BoolToValue))
                operand = b->operands[0];
          if (Instruction *t = asInstruction(operand, Opcode::ToInt32))
            for (Opcode from : {Opcode::Int32ToDouble, Opcode::Uint32ToDouble})
              if (Instruction *d = asInstruction(t->operands[0], from))
                operand = d->operands[0];
        }
  }

  Module &module_;
  Function &function_;
  std::unordered_map<Instruction *, uint32_t> slots_;
  std::unordered_map<Instruction *, Type> unboxedSlots_; // Int32, Number or Boolean
  std::unordered_map<BasicBlock *, State> entry_;
  std::vector<Instruction *> pending_;
};

} // namespace

void runTypeInference(Module &module) {
  for (Function *function : module.functions)
    FunctionInference(module, *function).run();
}

} // namespace kiln::ir
