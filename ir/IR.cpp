// IR construction helpers, the textual printer and the verifier.
#include "ir/IR.h"

#include <cmath>
#include <cstdio>
#include <cstring>
#include <unordered_map>
#include <unordered_set>

namespace kiln::ir {

namespace {

struct OpcodeInfo {
  const char *name;
  ResultKind result;
  SideEffects effects;
};

constexpr SideEffects effectsOf(const char *word) {
  SideEffects e;
  if (word[0] == 'R') e.readFrame = true;                       // ReadFrame
  else if (word[0] == 'W') e.writeFrame = true;                 // WriteFrame
  else if (word[0] == 'M') e.mayThrow = e.readFrame = e.writeFrame = true; // MayThrow
  else if (word[0] == 'T') e.terminator = true;                 // Terminator
  return e;                                                     // Pure
}

const OpcodeInfo kOpcodes[] = {
#define INSTRUCTION(Name, Result, Effects, Description)                                          \
  {#Name, ResultKind::Result, effectsOf(#Effects)},
#include "ir/Instrs.def"
};

} // namespace

const char *opcodeName(Opcode opcode) { return kOpcodes[size_t(opcode)].name; }
ResultKind resultKind(Opcode opcode) { return kOpcodes[size_t(opcode)].result; }
SideEffects sideEffects(Opcode opcode) { return kOpcodes[size_t(opcode)].effects; }

const char *binaryOperatorSpelling(BinaryOperator op) {
  static const char *const names[] = {
#define X(Name, Spelling, Runtime) Spelling,
      KILN_BINARY_OPERATORS(X)
#undef X
  };
  return names[size_t(op)];
}

const char *unaryOperatorSpelling(UnaryOperator op) {
  static const char *const names[] = {
#define X(Name, Spelling, Runtime) Spelling,
      KILN_UNARY_OPERATORS(X)
#undef X
  };
  return names[size_t(op)];
}

std::string types::name(uint16_t type) {
  if (type == Any)
    return "any";
  static const char *const names[] = {"undefined", "null", "boolean", "int32", "double",
                                      "string", "object", "empty", "other"};
  std::string out;
  if ((type & Number) == Number) {
    out = "number";
    type &= ~Number;
  }
  for (int bit = 0; bit < 9; ++bit)
    if (type & (1 << bit))
      out += (out.empty() ? "" : "|") + std::string(names[bit]);
  return out.empty() ? "none" : out;
}

// ---- Module ------------------------------------------------------------------------------------

Function *Module::createFunction(std::string name) {
  Function &f = functionStorage_.emplace_back();
  f.module = this;
  f.name = std::move(name);
  f.symbol = "kiln_js_" + std::to_string(functions.size());
  functions.push_back(&f);
  return &f;
}

BasicBlock *Module::createBlock(Function *function) {
  BasicBlock &b = blockStorage_.emplace_back();
  b.parent = function;
  function->blocks.push_back(&b);
  return &b;
}

Instruction *Module::createInstruction(Opcode opcode) { return &instructionStorage_.emplace_back(opcode); }

Literal *Module::number(double value) {
  for (Literal *l : numbers_)
    if (std::memcmp(&l->number, &value, sizeof value) == 0)
      return l;
  Literal &l = literalStorage_.emplace_back(Value::Kind::Number);
  l.number = value;
  numbers_.push_back(&l);
  return &l;
}

Literal *Module::string(std::string_view value) {
  for (Literal *l : stringTable_)
    if (l->string == value)
      return l;
  Literal &l = literalStorage_.emplace_back(Value::Kind::String);
  l.string = value;
  l.index = uint32_t(stringTable_.size());
  stringTable_.push_back(&l);
  return &l;
}

Literal *Module::boolean(bool value) {
  if (!booleansReady_) {
    true_.boolean = true;
    booleansReady_ = true;
  }
  return value ? &true_ : &false_;
}

// ---- Printer -----------------------------------------------------------------------------------

namespace {

void appendQuoted(std::string &out, std::string_view s) {
  out += '"';
  for (char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "\\x%02x", static_cast<unsigned char>(c));
      out += buffer;
    } else {
      out += c;
    }
  }
  out += '"';
}

void numberAll(Function &function) {
  uint32_t block = 0, value = 0;
  for (BasicBlock *b : function.blocks) {
    b->id = block++;
    for (Instruction *i : b->instructions)
      i->id = value++;
  }
}

void printOperand(std::string &out, Value *v) {
  switch (v->kind()) {
  case Value::Kind::Number: {
    double d = static_cast<Literal *>(v)->number;
    char buffer[40];
    if (d == std::floor(d) && std::fabs(d) < 1e15 && !(d == 0 && std::signbit(d)))
      std::snprintf(buffer, sizeof buffer, "%.0f", d);
    else
      std::snprintf(buffer, sizeof buffer, "%.17g", d);
    out += buffer;
    return;
  }
  case Value::Kind::String: appendQuoted(out, static_cast<Literal *>(v)->string); return;
  case Value::Kind::Boolean: out += static_cast<Literal *>(v)->boolean ? "true" : "false"; return;
  case Value::Kind::Undefined: out += "undefined"; return;
  case Value::Kind::Null: out += "null"; return;
  case Value::Kind::Empty: out += "empty"; return;
  case Value::Kind::Instruction: out += "%" + std::to_string(static_cast<Instruction *>(v)->id); return;
  }
}

} // namespace

std::string printModule(Module &module) {
  std::string out;
  for (Function *function : module.functions) {
    numberAll(*function);
    out += "function " + function->symbol + " ";
    appendQuoted(out, function->name);
    out += " length " + std::to_string(function->length);
    if (function->strict) out += " strict";
    if (function->isArrow) out += " arrow";
    if (function->isClassConstructor) out += " class";
    else if (function->isConstructor) out += " constructor";
    out += " {\n";
    for (BasicBlock *block : function->blocks) {
      out += "BB" + std::to_string(block->id) + ":";
      if (block->handler)
        out += "  ; handler BB" + std::to_string(block->handler->id);
      out += "\n";
      for (Instruction *i : block->instructions) {
        out += "  ";
        if (resultKind(i->opcode) != ResultKind::None)
          out += "%" + std::to_string(i->id) + " = ";
        out += opcodeName(i->opcode);
        switch (i->opcode) {
        case Opcode::BinaryOp:
        case Opcode::NumberBinary:
        case Opcode::NumberCompare:
        case Opcode::Int32Binary:
        case Opcode::Int32Compare: out += std::string(" ") + binaryOperatorSpelling(i->binaryOperator()); break;
        case Opcode::UnaryOp: out += std::string(" ") + unaryOperatorSpelling(i->unaryOperator()); break;
        case Opcode::LoadParam:
        case Opcode::CreateRestArray: out += " #" + std::to_string(i->index); break;
        case Opcode::LoadEnvSlot:
        case Opcode::StoreEnvSlot:
          out += " [" + std::to_string(i->hops) + ":" + std::to_string(i->index) + "]";
          break;
        case Opcode::CreateEnvironment: out += " #" + std::to_string(i->count); break;
        case Opcode::CreateClosure:
        case Opcode::CallDirect: out += " @" + i->function->symbol; break;
        case Opcode::ThrowTDZ: out += " '" + std::string(i->name) + "'"; break;
        case Opcode::BigIntLiteral: out += " " + i->message + "n"; break;
        case Opcode::ThrowError: out += " " + std::string(i->name) + " "; appendQuoted(out, i->message); break;
        default: break;
        }
        if (i->strict) out += " strict";
        bool first = true;
        for (Value *operand : i->operands) {
          out += first ? " " : ", ";
          first = false;
          printOperand(out, operand);
        }
        for (BasicBlock *target : i->targets)
          if (target)
            out += (first ? " BB" : ", BB") + std::to_string(target->id), first = false;
        if (resultKind(i->opcode) == ResultKind::Value && i->type != types::Any)
          out += " : " + types::name(i->type);
        out += "\n";
      }
    }
    out += "}\n\n";
  }
  return out;
}

// ---- Verifier ----------------------------------------------------------------------------------

namespace {

// The representation an operand must have where it matters: the stack slots and the unboxed
// number instructions (elsewhere every operand is a boxed value, or the instruction's own kind).
enum class Expect : uint8_t { Any, Boxed, Double, Int32, Bool, BoxedSlot, DoubleSlot, Int32Slot, BoolSlot };

Expect expectedOperand(Opcode opcode, size_t n) {
  switch (opcode) {
  case Opcode::LoadStack: return Expect::BoxedSlot;
  case Opcode::StoreStack: return n == 0 ? Expect::BoxedSlot : Expect::Boxed;
  case Opcode::LoadStackDouble: return Expect::DoubleSlot;
  case Opcode::StoreStackDouble: return n == 0 ? Expect::DoubleSlot : Expect::Double;
  case Opcode::LoadStackInt32: return Expect::Int32Slot;
  case Opcode::StoreStackInt32: return n == 0 ? Expect::Int32Slot : Expect::Int32;
  case Opcode::LoadStackBool: return Expect::BoolSlot;
  case Opcode::StoreStackBool: return n == 0 ? Expect::BoolSlot : Expect::Bool;
  case Opcode::UnboxBoolean: return Expect::Boxed;
  case Opcode::UnboxNumber: return Expect::Boxed;
  case Opcode::BoxNumber: case Opcode::NumberBinary: case Opcode::NumberCompare: case Opcode::ToInt32:
    return Expect::Double;
  case Opcode::Int32ToDouble: case Opcode::Uint32ToDouble: case Opcode::BoxInt32:
  case Opcode::Int32Binary: case Opcode::Int32Compare:
    return Expect::Int32;
  default: return Expect::Any;
  }
}

bool operandFits(Value *v, Expect expect) {
  auto *def = v->kind() == Value::Kind::Instruction ? static_cast<Instruction *>(v) : nullptr;
  switch (expect) {
  case Expect::Any: return true;
  case Expect::Boxed:
    return !def || resultKind(def->opcode) == ResultKind::Value || resultKind(def->opcode) == ResultKind::Env;
  case Expect::Double: return def ? resultKind(def->opcode) == ResultKind::Double : v->kind() == Value::Kind::Number;
  case Expect::Int32: return def ? resultKind(def->opcode) == ResultKind::Int32 : v->kind() == Value::Kind::Number;
  case Expect::BoxedSlot: return def && def->opcode == Opcode::AllocStack;
  case Expect::DoubleSlot: return def && def->opcode == Opcode::AllocStackDouble;
  case Expect::Int32Slot: return def && def->opcode == Opcode::AllocStackInt32;
  case Expect::Bool: return def ? resultKind(def->opcode) == ResultKind::Bool : v->kind() == Value::Kind::Boolean;
  case Expect::BoolSlot: return def && def->opcode == Opcode::AllocStackBool;
  }
  return false;
}

} // namespace

std::string verifyModule(Module &module) {
  for (Function *function : module.functions) {
    numberAll(*function);
    std::unordered_set<Instruction *> defined;
    std::unordered_set<BasicBlock *> blocks(function->blocks.begin(), function->blocks.end());
    for (BasicBlock *block : function->blocks)
      for (Instruction *i : block->instructions)
        defined.insert(i);
    auto where = [&](BasicBlock *b, Instruction *i) {
      return function->symbol + " BB" + std::to_string(b->id) + (i ? " %" + std::to_string(i->id) + " " + opcodeName(i->opcode) : "");
    };
    if (function->blocks.empty())
      return function->symbol + ": function without blocks";
    for (BasicBlock *block : function->blocks) {
      if (!block->terminated())
        return where(block, nullptr) + ": block does not end with a terminator";
      if (block->handler && (!blocks.count(block->handler) || block->handler->instructions.empty() ||
                             block->handler->instructions.front()->opcode != Opcode::Catch))
        return where(block, nullptr) + ": handler is not a block of this function starting with Catch";
      for (size_t n = 0; n < block->instructions.size(); ++n) {
        Instruction *i = block->instructions[n];
        if (i->parent != block)
          return where(block, i) + ": instruction's parent is another block";
        if (i->isTerminator() && n + 1 != block->instructions.size())
          return where(block, i) + ": terminator in the middle of a block";
        if (i->opcode == Opcode::Catch && n != 0)
          return where(block, i) + ": Catch is not first in its block";
        for (size_t k = 0; k < i->operands.size(); ++k) {
          Value *operand = i->operands[k];
          if (!operand)
            return where(block, i) + ": null operand";
          if (!operandFits(operand, expectedOperand(i->opcode, k)))
            return where(block, i) + ": operand " + std::to_string(k) + " has the wrong representation";
          if (operand->kind() == Value::Kind::Instruction) {
            auto *def = static_cast<Instruction *>(operand);
            if (!defined.count(def))
              return where(block, i) + ": operand defined in another function";
            if (resultKind(def->opcode) == ResultKind::None)
              return where(block, i) + ": operand has no result";
          }
        }
        for (BasicBlock *target : i->targets)
          if (target && !blocks.count(target))
            return where(block, i) + ": branch to a block of another function";
        if ((i->opcode == Opcode::Branch && !i->targets[0]) ||
            (i->opcode == Opcode::CondBranch && (!i->targets[0] || !i->targets[1])))
          return where(block, i) + ": branch without target";
        if ((i->opcode == Opcode::CreateClosure || i->opcode == Opcode::CallDirect) && !i->function)
          return where(block, i) + ": closure or direct call without function";
      }
    }
  }
  return {};
}

} // namespace kiln::ir
