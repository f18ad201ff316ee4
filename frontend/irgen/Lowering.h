// The lowering's internal interface, shared by the IRGen*.cpp files (see IRGen.h for the design):
// IRGen.cpp (functions, scopes, variables, statements), IRGenExpressions.cpp, IRGenPatterns.cpp
// (destructuring, iteration, spread) and IRGenClasses.cpp.
#pragma once
#include <string>
#include <unordered_map>
#include <vector>

#include "frontend/irgen/IRGen.h"
#include "frontend/support/SourceFile.h"

namespace kiln::irgen {

// An internal header of the lowering: the AST's names are used unqualified throughout.
using namespace ast;
using ir::BasicBlock;
using ir::BinaryOperator;
using ir::Instruction;
using ir::Opcode;
using ir::UnaryOperator;

[[noreturn]] void unsupported(const ast::Node *node, const std::string &what);
bool isProtoSetter(const ast::Property *prop);

class Lowering {

public:
  Lowering(const SourceFile &file, ir::Module &module, ProgramKind kind)
      : file_(file), module_(module), kind_(kind), script_(kind == ProgramKind::Script) {}

  void lowerProgram(const Program *program);

private:
  // ---- Per-function state --------------------------------------------------------------------
  struct EnvFrame {
    Scope *scope;
    Instruction *slot; // stack slot holding this scope's environment; null: an outer function's
  };
  struct JumpTarget {
    std::vector<std::string_view> labels;
    BasicBlock *breakBlock;
    BasicBlock *continueBlock; // null for non-loops
    size_t finallyDepth;       // where break lands
    size_t continueDepth;      // where continue lands (inside a for-of's iterator-close region)
  };
  struct FinallyExit {
    uint32_t kind;
    BasicBlock *target;   // a break/continue destination, or null for return
    size_t targetDepth;
  };
  struct FinallyContext {
    BasicBlock *finallyBlock;
    Instruction *kindSlot;
    Instruction *valueSlot;
    std::vector<FinallyExit> exits;
  };
  /// Emits the code after a finally region's cleanup: continue the return, throw or jump that
  /// left the region (normal completion falls through to `after`).
  void dispatchFinally(FinallyContext &finally, BasicBlock *after);
  /// A return from inside finally regions: record it and enter the innermost finally code.
  void routeReturn(ir::Value *value);
  struct FunctionState {
    FunctionInfo *info = nullptr;
    ir::Function *function = nullptr;
    BasicBlock *entry = nullptr;
    Instruction *functionEnvironment = nullptr;
    std::vector<EnvFrame> envChain;
    std::vector<JumpTarget> targets;
    std::vector<FinallyContext *> finallyStack;
    std::vector<std::string_view> pendingLabels;
  };

  // ---- Emission ------------------------------------------------------------------------------
  BasicBlock *newBlock() {
    BasicBlock *b = module_.createBlock(state_->function);
    b->handler = handler_;
    return b;
  }
  void setBlock(BasicBlock *b) { block_ = b; }
  Instruction *emit(Opcode opcode, std::initializer_list<ir::Value *> operands = {}) {
    if (block_->terminated())
      setBlock(newBlock()); // dead code after a jump: give it a block of its own
    Instruction *i = module_.createInstruction(opcode);
    i->operands.assign(operands.begin(), operands.end());
    i->statementLine = statementLine_;
    i->parent = block_;
    block_->instructions.push_back(i);
    return i;
  }
  Instruction *allocStack() {
    Instruction *i = module_.createInstruction(Opcode::AllocStack);
    i->parent = state_->entry;
    // Slots go to the start of the entry block, so they dominate every use.
    state_->entry->instructions.insert(state_->entry->instructions.begin(), i);
    return i;
  }
  void branch(BasicBlock *target) {
    if (block_->terminated())
      return;
    Instruction *i = emit(Opcode::Branch);
    i->targets[0] = target;
  }
  void condBranch(ir::Value *condition, BasicBlock *ifTrue, BasicBlock *ifFalse) {
    Instruction *i = emit(Opcode::CondBranch, {condition});
    i->targets[0] = ifTrue;
    i->targets[1] = ifFalse;
  }
  Instruction *binary(BinaryOperator op, ir::Value *a, ir::Value *b) {
    Instruction *i = emit(Opcode::BinaryOp, {a, b});
    i->op = uint8_t(op);
    return i;
  }
  Instruction *unary(UnaryOperator op, ir::Value *a) {
    Instruction *i = emit(Opcode::UnaryOp, {a});
    i->op = uint8_t(op);
    return i;
  }
  ir::Value *str(std::string_view s) { return module_.string(s); }
  /// A call is reported at its callee, or at the method name of a method call (as V8 does).
  void locateCall(Instruction *i, const Node *callee) {
    if (auto *chain = callee->as<ChainExpression>())
      callee = chain->expression;
    if (auto *m = callee->as<MemberExpression>())
      callee = m->property;
    locate(i, callee);
  }
  // A call's position as V8 reports it: the callee's name for `f()` and `o.f()`, otherwise (a
  // parenthesized or computed callee, an optional call `f?.()`, `f()()`) the '(' of its arguments.
  void locateCall(Instruction *i, const CallExpression *c);
  void locate(Instruction *i, const Node *node) { locateOffset(i, node->start); }
  /// The offset of the first token at or after `offset` that is not a comment, white space or a
  /// closing parenthesis, or of the first `token` (when not empty) after those.
  uint32_t tokenAfter(uint32_t offset, std::string_view token);
  /// The first offset at or after `offset` that is not white space or inside a comment.
  uint32_t skipTrivia(uint32_t offset);
  void locateOffset(Instruction *i, uint32_t offset) {
    LineColumn lc = file_.locate(offset);
    i->line = lc.line;
    i->column = lc.column;
  }

  // ---- Scopes and variables ------------------------------------------------------------------
  struct CommonJSBindings {
    ir::Value *exports = nullptr;
    ir::Value *module = nullptr;
  };
  ir::Value *commonJSBinding(Variable *v, CommonJSBindings &made);
  ir::Value *currentEnvironment();
  void enterScope(Scope *scope, bool initialize = true);
  void exitScope(Scope *scope);
  void instantiateHoisted(Scope *scope);
  ir::Value *loadVariable(Variable *v, const Node *at);
  void storeVariable(Variable *v, ir::Value *value, const Node *at, bool initialization);
  ir::Value *readVariableRaw(Variable *v);
  void writeVariableRaw(Variable *v, ir::Value *value);
  void environmentPath(Variable *v, ir::Value *&env, uint32_t &hops);

  // ---- Functions -----------------------------------------------------------------------------
  ir::Function *lowerFunction(const Node *node, std::string_view name);
  /// `source`: the node whose text Function.prototype.toString shows, when not `node` itself (a
  /// method's definition, a class for its constructor).
  ir::Value *createClosure(const Node *node, std::string_view name, bool isMethod = false, const Node *source = nullptr);
  void functionBody(const Node *node, const FunctionInfo *info);
  ir::Value *createArguments(const FunctionInfo *info, const NodeList *params);
  /// Runs the instance field initializer of `constructor`'s class (default: the function being
  /// lowered) on `object`.
  void initializeFields(ir::Value *object, const FunctionInfo *constructor = nullptr);
  ir::Value *fieldKey(const PropertyDefinition *field);

  // ---- Statements ----------------------------------------------------------------------------
  void statement(const Node *node);
  void statements(const NodeList &list) {
    for (const Node *s : list)
      statement(s);
  }
  void variableDeclaration(const VariableDeclaration *decl);
  void ifStatement(const IfStatement *s);
  void loop(const Node *node, const Node *init, const Node *test, const Node *update,
            const Node *body, bool testFirst);
  void switchStatement(const SwitchStatement *s);
  void tryStatement(const TryStatement *s);
  void jumpTo(BasicBlock *target, size_t targetDepth);
  void returnValue(ir::Value *value);
  std::vector<std::string_view> takeLabels();

  // ---- Expressions ---------------------------------------------------------------------------
  ir::Value *expression(const Node *node);
  ir::Value *identifier(const Identifier *id);
  ir::Value *literal(const Literal *lit);
  ir::Value *templateLiteral(const TemplateLiteral *t);
  ir::Value *taggedTemplate(const TaggedTemplateExpression *t);
  ir::Value *unaryExpression(const UnaryExpression *u);
  ir::Value *updateExpression(const UpdateExpression *u);
  ir::Value *binaryExpression(const BinaryExpression *b);
  ir::Value *logicalExpression(const LogicalExpression *l);
  ir::Value *assignment(const AssignmentExpression *a);
  ir::Value *conditional(const ConditionalExpression *c);
  ir::Value *call(const CallExpression *c);
  ir::Value *newExpression(const NewExpression *n);
  ir::Value *member(const MemberExpression *m, ir::Value **objectOut);
  ir::Value *memberKey(const MemberExpression *m);
  ir::Value *objectLiteral(const ObjectExpression *o);
  ir::Value *arrayLiteral(const ArrayExpression *a);
  ir::Value *chain(const ChainExpression *c);
  void arguments(const NodeList &args, std::vector<ir::Value *> &out);
  ir::Value *toBoolean(ir::Value *v) { return emit(Opcode::ToBoolean, {v}); }
  ir::Value *negate(ir::Value *value);
  ir::Value *propertyKey(const Node *key, bool computed);
  std::string calleeText(const Node *node);

  // ---- Patterns, iteration, spread (IRGenPatterns.cpp) ---------------------------------------
  enum class BindMode { Initialize, Assign };
  /// Binds `value` to `pattern`. `source` is the expression that produced the value, named in
  /// errors as V8 names it ("Cannot destructure property 'a' of 'settings' ..."), or null.
  /// `nested`: the pattern is an element or property value of another pattern.
  void bindPattern(const Node *pattern, ir::Value *value, BindMode mode, const Node *source = nullptr,
                   bool nested = false);
  /// A member-expression target evaluated before its value is known (the spec evaluates
  /// destructuring targets first); other targets need nothing in advance.
  struct PreparedTarget {
    ir::Value *object = nullptr;
    ir::Value *key = nullptr;
    const PrivateIdentifier *privateName = nullptr;
  };
  PreparedTarget prepareTarget(const Node *target);
  void bindPrepared(const Node *target, const PreparedTarget &prepared, ir::Value *value, BindMode mode,
                    bool nested = false);
  /// The text V8 shows for an expression in TypeErrors, or "" when it shows the value instead.
  std::string sourceText(const Node *node);
  /// The same for an iterated expression ("f is not a function or its return value ...").
  std::string iterableText(const Node *node);
  void forInOf(const Node *node);
  bool hasSpread(const NodeList &list) const;
  ir::Value *buildArray(const NodeList &elements, bool callArguments = false);

  // ---- Classes (IRGenClasses.cpp) --------------------------------------------------------------
  ir::Value *classDefinition(const Node *node, std::string_view name);
  ir::Value *superCall(const CallExpression *c);
  ir::Value *superProperty(const MemberExpression *m, ir::Value **thisOut);
  ir::Value *readThis(const Node *at);
  ir::Value *privateNameValue(const PrivateIdentifier *id);
  /// Evaluates `node` for a conditional jump.
  void branchOn(const Node *node, BasicBlock *ifTrue, BasicBlock *ifFalse);
  /// Optional-chain short circuit: where `?.` jumps when its base is null or undefined.
  struct ChainContext {
    BasicBlock *nullish;
  };

  const SourceFile &file_;
  ir::Module &module_;
  ProgramKind kind_;
  bool script_; // compiling a classic Script (global code)
  ScopeAnalysis analysis_;
  FunctionState *state_ = nullptr;
  BasicBlock *block_ = nullptr;
  BasicBlock *handler_ = nullptr;
  uint32_t statementLine_ = 0; // the statement being lowered (debug line tables)
  std::vector<ChainContext> chains_;
  /// The IR function of each function declaration, created before any body of its scope is
  /// lowered, so that calls through a never-reassigned binding can be direct.
  std::unordered_map<const Node *, ir::Function *> declaredFunctions_;
};

} // namespace kiln::irgen
