// kiln's IR: a typed SSA IR in the style of Hermes's. A Module holds Functions; a Function holds
// BasicBlocks of Instructions; every instruction is defined in Instrs.def with its result kind and
// side effects, which are the only things passes may reason with.
//
// Values are boxed JavaScript values (i64 in LLVM IR) unless an instruction says otherwise (Bool
// is i1, Double f64, Int32 i32: the unboxed forms type inference introduces). Environments (heap frames of captured variables) are values too, so they can be kept in
// stack slots like any other value.
//
// Exceptions: every block names its handler (the block that starts with Catch, or null to
// return the exception marker to the caller). A MayThrow instruction or a Throw leaves its block
// for the handler when it throws. Handlers only read values through stack and environment
// slots, so the exceptional edges need no phi nodes.
//
// Memory: a Module owns everything it contains (deques of nodes, never freed individually).
#pragma once
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace kiln::ir {

enum class Opcode : uint8_t {
#define INSTRUCTION(Name, Result, Effects, Description) Name,
#include "ir/Instrs.def"
};

enum class ResultKind : uint8_t { Value, Bool, Double, Int32, Env, Slot, None };

/// The type lattice of type inference: a set of the kinds a value may have at run time.
namespace types {
constexpr uint16_t Undefined = 1 << 0, Null = 1 << 1, Boolean = 1 << 2, Int32 = 1 << 3,
                   Double = 1 << 4, String = 1 << 5, Object = 1 << 6, Empty = 1 << 7,
                   Other = 1 << 8; // symbols, bigints
constexpr uint16_t Number = Int32 | Double;
constexpr uint16_t Any = 0x1FF;
std::string name(uint16_t type);
} // namespace types

/// The side-effect vocabulary (see Instrs.def).
struct SideEffects {
  bool readFrame = false;
  bool writeFrame = false;
  bool mayThrow = false;
  bool terminator = false;
  bool isPure() const { return !readFrame && !writeFrame && !mayThrow && !terminator; }
};

const char *opcodeName(Opcode opcode);
ResultKind resultKind(Opcode opcode);
SideEffects sideEffects(Opcode opcode);

#define KILN_BINARY_OPERATORS(X)                                                                 \
  X(Add, "+", add) X(Sub, "-", sub) X(Mul, "*", mul) X(Div, "/", div) X(Mod, "%", mod)           \
  X(Exp, "**", exp) X(Shl, "<<", shl) X(Sar, ">>", sar) X(Shr, ">>>", shr)                       \
  X(BitAnd, "&", bitand) X(BitOr, "|", bitor) X(BitXor, "^", bitxor) X(Lt, "<", lt)              \
  X(Le, "<=", le) X(Gt, ">", gt) X(Ge, ">=", ge) X(LooseEq, "==", loose_eq)                      \
  X(Instanceof, "instanceof", instanceof) X(In, "in", in)
enum class BinaryOperator : uint8_t {
#define X(Name, Spelling, Runtime) Name,
  KILN_BINARY_OPERATORS(X)
#undef X
};
const char *binaryOperatorSpelling(BinaryOperator op);

#define KILN_UNARY_OPERATORS(X)                                                                  \
  X(Neg, "-", neg) X(ToNumber, "+", to_number) X(BitNot, "~", bitnot) X(Inc, "++", inc)          \
  X(Dec, "--", dec) X(ToNumeric, "tonumeric", to_numeric) X(ToString, "tostring", to_string)    \
  X(ToPropertyKey, "topropertykey", to_property_key)
enum class UnaryOperator : uint8_t {
#define X(Name, Spelling, Runtime) Name,
  KILN_UNARY_OPERATORS(X)
#undef X
};
const char *unaryOperatorSpelling(UnaryOperator op);

class BasicBlock;
class Function;
class Instruction;

/// Anything an instruction can use: literals and instruction results.
class Value {
public:
  enum class Kind : uint8_t { Number, String, Boolean, Undefined, Null, Empty, Instruction };
  explicit Value(Kind kind) : kind_(kind) {}
  Kind kind() const { return kind_; }
  bool isLiteral() const { return kind_ != Kind::Instruction; }

private:
  Kind kind_;
};

class Literal : public Value {
public:
  Literal(Kind kind) : Value(kind) {}
  double number = 0;         // Number
  std::string string;        // String (WTF-8)
  bool boolean = false;      // Boolean
  uint32_t index = 0;        // position in the module's string table (String)
};

class Instruction : public Value {
public:
  Instruction(Opcode opcode) : Value(Kind::Instruction), opcode(opcode) {}
  Opcode opcode;
  std::vector<Value *> operands;
  BasicBlock *parent = nullptr;
  uint32_t id = 0;            // for printing; assigned by the printer/verifier
  // Immediates (which ones an opcode uses is documented in Instrs.def).
  uint32_t index = 0;         // LoadParam/CreateRestArray/Load/StoreEnvSlot slot index
  uint32_t hops = 0;          // Load/StoreEnvSlot: parents to walk
  uint32_t count = 0;         // CreateEnvironment slot count
  uint8_t op = 0;             // BinaryOperator / UnaryOperator
  bool strict = false;        // SetProperty/SetGlobal/DeleteProperty
  Function *function = nullptr; // CreateClosure
  BasicBlock *targets[2] = {nullptr, nullptr}; // Branch/CondBranch
  std::string_view name;      // ThrowTDZ variable name; ThrowError kind
  std::string message;        // ThrowError message; Call/Construct/...Spread: the callee's text
  uint32_t line = 0, column = 0; // source position (1-based line, 0-based column), 0 = none
  uint32_t statementLine = 0;    // line of the enclosing statement (debug line tables, -g)
  uint16_t type = types::Any;    // what type inference proved (printed when narrower than Any)

  BinaryOperator binaryOperator() const { return BinaryOperator(op); }
  UnaryOperator unaryOperator() const { return UnaryOperator(op); }
  bool isTerminator() const { return sideEffects(opcode).terminator; }
};

class BasicBlock {
public:
  Function *parent = nullptr;
  std::vector<Instruction *> instructions;
  /// Where a throwing instruction of this block goes: a block starting with Catch, or null to
  /// return the exception to the caller.
  BasicBlock *handler = nullptr;
  uint32_t id = 0;
  bool terminated() const { return !instructions.empty() && instructions.back()->isTerminator(); }
};

class Module;

class Function {
public:
  Module *module = nullptr;
  std::string name;          // the JavaScript name (may be empty)
  std::string symbol;        // the LLVM symbol
  uint32_t length = 0;       // the `length` property
  uint32_t line = 0;         // where the function starts in the source (1-based; 0 = unknown)
  // Its source text, as Function.prototype.toString shows it (byte offsets; empty for code the
  // program cannot reach as a function, such as the top level or field initializers).
  uint32_t sourceStart = 0, sourceEnd = 0;
  // Where its text starts (1-based line, 0-based column): the position its stack frame shows
  // until it reaches an instruction with a position of its own.
  uint32_t startLine = 0, startColumn = 0;
  bool strict = false;
  bool isArrow = false;
  bool isConstructor = false;      // callable with new (ordinary functions and classes)
  bool isClassConstructor = false; // throws when called without new
  bool isDerivedConstructor = false; // `this` comes from super(); the runtime creates none
  std::vector<BasicBlock *> blocks; // blocks[0] is the entry
};

class Module {
public:
  std::string sourcePath;
  std::string_view sourceText; // the program's source (for error sites); owned by the driver
  std::vector<Function *> functions; // functions[0] is the module's top-level code

  Function *createFunction(std::string name);
  BasicBlock *createBlock(Function *function);
  Instruction *createInstruction(Opcode opcode);
  Literal *number(double value);
  Literal *string(std::string_view value);
  Literal *boolean(bool value);
  Literal *undefined() { return &undefined_; }
  Literal *null() { return &null_; }
  Literal *empty() { return &empty_; }
  const std::vector<Literal *> &strings() const { return stringTable_; }

private:
  std::deque<Function> functionStorage_;
  std::deque<BasicBlock> blockStorage_;
  std::deque<Instruction> instructionStorage_;
  std::deque<Literal> literalStorage_;
  std::vector<Literal *> stringTable_;
  std::vector<Literal *> numbers_;
  Literal undefined_{Value::Kind::Undefined}, null_{Value::Kind::Null}, empty_{Value::Kind::Empty};
  Literal true_{Value::Kind::Boolean}, false_{Value::Kind::Boolean};
  bool booleansReady_ = false;
};

/// The textual form (`kiln build --emit=kir`), which FileCheck tests read.
std::string printModule(Module &module);

/// Checks the structural invariants; returns an empty string or a description of the first
/// violation.
std::string verifyModule(Module &module);

} // namespace kiln::ir
