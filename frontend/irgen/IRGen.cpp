// AST -> IR lowering. See IRGen.h for the design.
#include "frontend/irgen/IRGen.h"

#include <cmath>

#include "frontend/support/SourceFile.h"

namespace kiln::irgen {

using namespace ast;
using ir::BasicBlock;
using ir::BinaryOperator;
using ir::Instruction;
using ir::Opcode;
using ir::UnaryOperator;

namespace {

[[noreturn]] void unsupported(const Node *node, const std::string &what) {
  throw UnsupportedError{node->start, what + " is not supported by kiln yet"};
}

// `__proto__: value` in an object literal sets the prototype instead of defining a property.
bool isProtoSetter(const Property *prop) {
  if (prop->computed || prop->shorthand || prop->method)
    return false;
  if (auto *id = prop->key->as<Identifier>())
    return id->name == "__proto__";
  if (auto *lit = prop->key->as<Literal>())
    return lit->literalKind == LiteralKind::String && lit->string == "__proto__";
  return false;
}

class Lowering {
public:
  Lowering(const SourceFile &file, ir::Module &module) : file_(file), module_(module) {}

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
    size_t finallyDepth;
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
  void locate(Instruction *i, const Node *node) {
    LineColumn lc = file_.locate(node->start);
    i->line = lc.line;
    i->column = lc.column;
  }

  // ---- Scopes and variables ------------------------------------------------------------------
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
  ir::Value *createClosure(const Node *node, std::string_view name);

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
  /// Evaluates `node` for a conditional jump.
  void branchOn(const Node *node, BasicBlock *ifTrue, BasicBlock *ifFalse);
  /// Optional-chain short circuit: where `?.` jumps when its base is null or undefined.
  struct ChainContext {
    BasicBlock *nullish;
  };

  const SourceFile &file_;
  ir::Module &module_;
  ScopeAnalysis analysis_;
  FunctionState *state_ = nullptr;
  BasicBlock *block_ = nullptr;
  BasicBlock *handler_ = nullptr;
  std::vector<ChainContext> chains_;
};

// ---- Program and functions -------------------------------------------------------------------

void Lowering::lowerProgram(const Program *program) {
  analysis_.run(program);
  lowerFunction(program, "");
}

ir::Function *Lowering::lowerFunction(const Node *node, std::string_view name) {
  FunctionInfo *info = analysis_.functionOf(node);
  FunctionState state;
  FunctionState *outer = state_;
  BasicBlock *outerBlock = block_;
  BasicBlock *outerHandler = handler_;
  std::vector<ChainContext> outerChains;
  outerChains.swap(chains_);

  ir::Function *function = module_.createFunction(std::string(name));
  function->strict = info->strict;
  function->isArrow = info->isArrow;
  function->isConstructor = !info->isArrow && !node->is<Program>();
  state.info = info;
  state.function = function;
  if (outer)
    for (const EnvFrame &frame : outer->envChain)
      state.envChain.push_back({frame.scope, nullptr});
  state_ = &state;
  handler_ = nullptr;
  state.entry = module_.createBlock(function);
  setBlock(state.entry);
  state.functionEnvironment = emit(Opcode::FunctionEnvironment);

  const NodeList *params = nullptr;
  const Node *body = nullptr;
  bool expressionBody = false;
  const Node *selfName = nullptr;
  if (auto *f = node->as<FunctionDeclaration>()) {
    params = &f->params;
    body = f->body;
  } else if (auto *f = node->as<FunctionExpression>()) {
    params = &f->params;
    body = f->body;
    selfName = f->id;
  } else if (auto *a = node->as<ArrowFunctionExpression>()) {
    params = &a->params;
    body = a->body;
    expressionBody = a->expression;
  }

  if (selfName) {
    Scope *nameScope = analysis_.scopeOf(selfName);
    enterScope(nameScope);
    storeVariable(analysis_.resolve(selfName->as<Identifier>()), emit(Opcode::GetCallee), selfName, true);
  }
  Scope *scope = info->scope;
  enterScope(scope, false);
  // Parameters, in order: defaults see earlier parameters, and later ones are uninitialised.
  if (params) {
    for (Variable *v : scope->variables)
      if (v->parameterTDZ)
        writeVariableRaw(v, module_.empty());
    uint32_t length = 0;
    bool sawDefault = false;
    for (uint32_t i = 0; i < params->size; ++i) {
      const Node *p = (*params)[i];
      if (auto *id = p->as<Identifier>()) {
        Instruction *arg = emit(Opcode::LoadParam);
        arg->index = i;
        storeVariable(analysis_.resolve(id), arg, id, true);
        if (!sawDefault)
          ++length;
      } else if (auto *ap = p->as<AssignmentPattern>()) {
        sawDefault = true;
        Instruction *arg = emit(Opcode::LoadParam);
        arg->index = i;
        Instruction *slot = allocStack();
        emit(Opcode::StoreStack, {slot, arg});
        BasicBlock *useDefault = newBlock(), *done = newBlock();
        condBranch(emit(Opcode::IsUndefined, {arg}), useDefault, done);
        setBlock(useDefault);
        emit(Opcode::StoreStack, {slot, expression(ap->right)});
        branch(done);
        setBlock(done);
        storeVariable(analysis_.resolve(ap->left->as<Identifier>()), emit(Opcode::LoadStack, {slot}), ap, true);
      } else if (auto *rest = p->as<RestElement>()) {
        Instruction *array = emit(Opcode::CreateRestArray);
        array->index = i;
        storeVariable(analysis_.resolve(rest->argument->as<Identifier>()), array, rest, true);
      }
    }
    function->length = length;
  }
  if (info->arguments)
    storeVariable(info->arguments, emit(Opcode::CreateArguments), node, true);
  if (info->thisBinding)
    writeVariableRaw(info->thisBinding, emit(Opcode::GetThis));
  // `var`s start undefined, lexical bindings uninitialised; then hoisted functions.
  for (Variable *v : scope->variables) {
    if (v->kind == VariableKind::Var)
      writeVariableRaw(v, module_.undefined());
    else if (v->hasTDZ() && v->kind != VariableKind::Parameter)
      writeVariableRaw(v, module_.empty());
  }
  instantiateHoisted(scope);

  if (expressionBody) {
    returnValue(expression(body));
  } else if (auto *program = node->as<Program>()) {
    statements(program->body);
    if (!block_->terminated())
      emit(Opcode::Return, {module_.undefined()});
  } else {
    statements(body->as<BlockStatement>()->body);
    if (!block_->terminated())
      emit(Opcode::Return, {module_.undefined()});
  }
  // Blocks left empty by dead-code splitting still need a terminator.
  for (BasicBlock *b : function->blocks)
    if (!b->terminated()) {
      Instruction *i = module_.createInstruction(Opcode::Unreachable);
      i->parent = b;
      b->instructions.push_back(i);
    }

  state_ = outer;
  block_ = outerBlock;
  handler_ = outerHandler;
  chains_.swap(outerChains);
  return function;
}

ir::Value *Lowering::createClosure(const Node *node, std::string_view name) {
  ir::Value *env = currentEnvironment();
  ir::Function *function = lowerFunction(node, name);
  Instruction *closure = emit(Opcode::CreateClosure, {env});
  closure->function = function;
  return closure;
}

// ---- Scopes ----------------------------------------------------------------------------------

ir::Value *Lowering::currentEnvironment() {
  for (size_t i = state_->envChain.size(); i-- > 0;) {
    const EnvFrame &frame = state_->envChain[i];
    if (frame.slot)
      return emit(Opcode::LoadStack, {frame.slot});
    return state_->functionEnvironment; // the innermost frame is an outer function's
  }
  return state_->functionEnvironment;
}

void Lowering::enterScope(Scope *scope, bool initialize) {
  // Number the captured variables: they are this scope's environment.
  uint32_t size = 0;
  for (Variable *v : scope->variables) {
    if (v->captured)
      v->environmentIndex = size++;
    else if (!v->stackSlot)
      v->stackSlot = allocStack();
  }
  scope->environmentSize = size;
  if (size) {
    ir::Value *parent = currentEnvironment();
    Instruction *env = emit(Opcode::CreateEnvironment, {parent});
    env->count = size;
    Instruction *slot = allocStack();
    emit(Opcode::StoreStack, {slot, env});
    state_->envChain.push_back({scope, slot});
  }
  if (initialize) {
    for (Variable *v : scope->variables)
      if (v->hasTDZ())
        writeVariableRaw(v, module_.empty());
    instantiateHoisted(scope);
  }
}

void Lowering::exitScope(Scope *scope) {
  if (scope->environmentSize && !state_->envChain.empty() && state_->envChain.back().scope == scope)
    state_->envChain.pop_back();
}

void Lowering::instantiateHoisted(Scope *scope) {
  for (const Node *fn : scope->hoistedFunctions) {
    auto *id = fn->as<FunctionDeclaration>()->id->as<Identifier>();
    writeVariableRaw(analysis_.resolve(id), createClosure(fn, id->name));
  }
}

void Lowering::environmentPath(Variable *v, ir::Value *&env, uint32_t &hops) {
  // Walk from the innermost environment towards the one holding `v`, counting parent links.
  hops = 0;
  env = nullptr;
  for (size_t i = state_->envChain.size(); i-- > 0;) {
    const EnvFrame &frame = state_->envChain[i];
    if (!env)
      env = frame.slot ? static_cast<ir::Value *>(emit(Opcode::LoadStack, {frame.slot}))
                       : static_cast<ir::Value *>(state_->functionEnvironment);
    if (frame.scope == v->scope)
      return;
    ++hops;
  }
  throw UnsupportedError{0, "internal error: variable '" + std::string(v->name) + "' has no environment"};
}

ir::Value *Lowering::readVariableRaw(Variable *v) {
  if (!v->captured)
    return emit(Opcode::LoadStack, {static_cast<Instruction *>(v->stackSlot)});
  ir::Value *env;
  uint32_t hops;
  environmentPath(v, env, hops);
  Instruction *load = emit(Opcode::LoadEnvSlot, {env});
  load->hops = hops;
  load->index = v->environmentIndex;
  return load;
}

void Lowering::writeVariableRaw(Variable *v, ir::Value *value) {
  if (!v->captured) {
    emit(Opcode::StoreStack, {static_cast<Instruction *>(v->stackSlot), value});
    return;
  }
  ir::Value *env;
  uint32_t hops;
  environmentPath(v, env, hops);
  Instruction *store = emit(Opcode::StoreEnvSlot, {env, value});
  store->hops = hops;
  store->index = v->environmentIndex;
}

ir::Value *Lowering::loadVariable(Variable *v, const Node *at) {
  ir::Value *value = readVariableRaw(v);
  if (v->hasTDZ()) {
    BasicBlock *uninitialised = newBlock(), *ok = newBlock();
    condBranch(emit(Opcode::IsEmpty, {value}), uninitialised, ok);
    setBlock(uninitialised);
    Instruction *t = emit(Opcode::ThrowTDZ);
    t->name = v->name;
    locate(t, at);
    emit(Opcode::Unreachable);
    setBlock(ok);
  }
  return value;
}

void Lowering::storeVariable(Variable *v, ir::Value *value, const Node *at, bool initialization) {
  if (!initialization) {
    if (v->hasTDZ()) {
      // Assigning before the declaration ran is a ReferenceError too.
      loadVariable(v, at);
    }
    if (v->kind == VariableKind::Const) {
      Instruction *t = emit(Opcode::ThrowConstAssignment);
      locate(t, at);
      return;
    }
    if (v->kind == VariableKind::SelfName) {
      // A named function expression's own name is immutable: silently in sloppy code.
      if (state_->function->strict) {
        Instruction *t = emit(Opcode::ThrowConstAssignment);
        locate(t, at);
      }
      return;
    }
  }
  writeVariableRaw(v, value);
}

// ---- Statements ------------------------------------------------------------------------------

std::vector<std::string_view> Lowering::takeLabels() {
  std::vector<std::string_view> labels;
  labels.swap(state_->pendingLabels);
  return labels;
}

void Lowering::statement(const Node *node) {
  switch (node->kind) {
  case NodeKind::ExpressionStatement:
    expression(node->as<ExpressionStatement>()->expression);
    return;
  case NodeKind::VariableDeclaration:
    variableDeclaration(node->as<VariableDeclaration>());
    return;
  case NodeKind::FunctionDeclaration:
    // Instantiated when its scope was entered; Annex B copies it to the function's var here.
    if (Variable *var = analysis_.annexBBinding(node))
      writeVariableRaw(var, readVariableRaw(analysis_.resolve(node->as<FunctionDeclaration>()->id->as<Identifier>())));
    return;
  case NodeKind::EmptyStatement:
  case NodeKind::DebuggerStatement:
    return;
  case NodeKind::BlockStatement: {
    std::vector<std::string_view> labels = takeLabels();
    BasicBlock *after = labels.empty() ? nullptr : newBlock();
    if (after)
      state_->targets.push_back({labels, after, nullptr, state_->finallyStack.size()});
    Scope *scope = analysis_.scopeOf(node);
    enterScope(scope);
    statements(node->as<BlockStatement>()->body);
    exitScope(scope);
    if (after) {
      state_->targets.pop_back();
      branch(after);
      setBlock(after);
    }
    return;
  }
  case NodeKind::IfStatement:
    ifStatement(node->as<IfStatement>());
    return;
  case NodeKind::WhileStatement: {
    auto *w = node->as<WhileStatement>();
    loop(node, nullptr, w->test, nullptr, w->body, true);
    return;
  }
  case NodeKind::DoWhileStatement: {
    auto *d = node->as<DoWhileStatement>();
    loop(node, nullptr, d->test, nullptr, d->body, false);
    return;
  }
  case NodeKind::ForStatement: {
    auto *f = node->as<ForStatement>();
    loop(node, f->init, f->test, f->update, f->body, true);
    return;
  }
  case NodeKind::SwitchStatement:
    switchStatement(node->as<SwitchStatement>());
    return;
  case NodeKind::TryStatement:
    tryStatement(node->as<TryStatement>());
    return;
  case NodeKind::LabeledStatement: {
    auto *l = node->as<LabeledStatement>();
    state_->pendingLabels.push_back(l->label->as<Identifier>()->name);
    const Node *body = l->body;
    bool labelsLoop = body->is<WhileStatement>() || body->is<DoWhileStatement>() ||
                      body->is<ForStatement>() || body->is<LabeledStatement>() ||
                      body->is<SwitchStatement>() || body->is<BlockStatement>();
    if (labelsLoop) {
      statement(body);
      return;
    }
    // A label on any other statement: `break label` jumps past it.
    std::vector<std::string_view> labels = takeLabels();
    BasicBlock *after = newBlock();
    state_->targets.push_back({labels, after, nullptr, state_->finallyStack.size()});
    statement(body);
    state_->targets.pop_back();
    branch(after);
    setBlock(after);
    return;
  }
  case NodeKind::BreakStatement:
  case NodeKind::ContinueStatement: {
    bool isBreak = node->is<BreakStatement>();
    const Node *label = isBreak ? node->as<BreakStatement>()->label : node->as<ContinueStatement>()->label;
    for (size_t i = state_->targets.size(); i-- > 0;) {
      JumpTarget &t = state_->targets[i];
      bool matches;
      if (label) {
        std::string_view name = label->as<Identifier>()->name;
        matches = false;
        for (std::string_view l : t.labels)
          matches |= l == name;
      } else {
        matches = isBreak ? (t.continueBlock != nullptr || t.labels.empty()) : t.continueBlock != nullptr;
      }
      if (matches) {
        jumpTo(isBreak ? t.breakBlock : t.continueBlock, t.finallyDepth);
        return;
      }
    }
    unsupported(node, "this jump");
  }
  case NodeKind::ReturnStatement: {
    auto *r = node->as<ReturnStatement>();
    returnValue(r->argument ? expression(r->argument) : module_.undefined());
    return;
  }
  case NodeKind::ThrowStatement: {
    ir::Value *value = expression(node->as<ThrowStatement>()->argument);
    Instruction *t = emit(Opcode::Throw, {value});
    locate(t, node);
    return;
  }
  default:
    unsupported(node, std::string("'") + nodeKindName(node->kind) + "'");
  }
}

void Lowering::variableDeclaration(const VariableDeclaration *decl) {
  for (const Node *d : decl->declarations) {
    auto *declarator = d->as<VariableDeclarator>();
    auto *id = declarator->id->as<Identifier>();
    Variable *v = analysis_.resolve(id);
    if (declarator->init) {
      ir::Value *value;
      if ((declarator->init->is<FunctionExpression>() && !declarator->init->as<FunctionExpression>()->id) ||
          declarator->init->is<ArrowFunctionExpression>())
        value = createClosure(declarator->init, id->name); // NamedEvaluation of an anonymous function
      else
        value = expression(declarator->init);
      if (v)
        storeVariable(v, value, id, true);
    } else if (decl->kind != "var" && v) {
      storeVariable(v, module_.undefined(), id, true); // `let x;` initialises to undefined
    }
  }
}

void Lowering::ifStatement(const IfStatement *s) {
  BasicBlock *consequent = newBlock(), *after = newBlock();
  BasicBlock *alternate = s->alternate ? newBlock() : after;
  branchOn(s->test, consequent, alternate);
  setBlock(consequent);
  statement(s->consequent);
  branch(after);
  if (s->alternate) {
    setBlock(alternate);
    statement(s->alternate);
    branch(after);
  }
  setBlock(after);
}

void Lowering::loop(const Node *node, const Node *init, const Node *test, const Node *update,
                    const Node *body, bool testFirst) {
  std::vector<std::string_view> labels = takeLabels();
  Scope *headScope = node->is<ForStatement>() ? analysis_.scopeOf(node) : nullptr;
  if (headScope)
    enterScope(headScope);
  if (init) {
    if (auto *decl = init->as<VariableDeclaration>())
      variableDeclaration(decl);
    else
      expression(init);
  }
  BasicBlock *testBlock = newBlock(), *bodyBlock = newBlock(), *continueBlock = newBlock(),
             *after = newBlock();
  branch(testFirst ? testBlock : bodyBlock);

  setBlock(testBlock);
  if (test)
    branchOn(test, bodyBlock, after);
  else
    branch(bodyBlock);

  setBlock(bodyBlock);
  state_->targets.push_back({labels, after, continueBlock, state_->finallyStack.size()});
  statement(body);
  state_->targets.pop_back();
  branch(continueBlock);

  setBlock(continueBlock);
  if (headScope && headScope->environmentSize) {
    // CreatePerIterationEnvironment: closures made in this iteration keep this iteration's
    // bindings; the next iteration continues with a copy.
    EnvFrame &frame = state_->envChain.back();
    ir::Value *old = emit(Opcode::LoadStack, {frame.slot});
    Instruction *fresh = emit(Opcode::CreateEnvironment, {state_->envChain.size() >= 2 && state_->envChain[state_->envChain.size() - 2].slot
                                                              ? static_cast<ir::Value *>(emit(Opcode::LoadStack, {state_->envChain[state_->envChain.size() - 2].slot}))
                                                              : static_cast<ir::Value *>(state_->functionEnvironment)});
    fresh->count = headScope->environmentSize;
    for (uint32_t i = 0; i < headScope->environmentSize; ++i) {
      Instruction *load = emit(Opcode::LoadEnvSlot, {old});
      load->index = i;
      Instruction *store = emit(Opcode::StoreEnvSlot, {fresh, load});
      store->index = i;
    }
    emit(Opcode::StoreStack, {frame.slot, fresh});
  }
  if (update)
    expression(update);
  branch(testBlock);

  setBlock(after);
  if (headScope)
    exitScope(headScope);
}

void Lowering::switchStatement(const SwitchStatement *s) {
  std::vector<std::string_view> labels = takeLabels();
  ir::Value *discriminant = expression(s->discriminant);
  Instruction *slot = allocStack();
  emit(Opcode::StoreStack, {slot, discriminant});
  Scope *scope = analysis_.scopeOf(s);
  enterScope(scope);
  BasicBlock *after = newBlock();
  std::vector<BasicBlock *> bodies;
  for (uint32_t i = 0; i < s->cases.size; ++i)
    bodies.push_back(newBlock());
  // Tests in order; the default clause is taken when none matches.
  BasicBlock *defaultBody = after;
  for (uint32_t i = 0; i < s->cases.size; ++i) {
    auto *c = s->cases[i]->as<SwitchCase>();
    if (!c->test) {
      defaultBody = bodies[i];
      continue;
    }
    ir::Value *value = expression(c->test);
    ir::Value *equal = emit(Opcode::StrictEquals, {emit(Opcode::LoadStack, {slot}), value});
    BasicBlock *next = newBlock();
    condBranch(toBoolean(equal), bodies[i], next);
    setBlock(next);
  }
  branch(defaultBody);
  state_->targets.push_back({labels, after, nullptr, state_->finallyStack.size()});
  for (uint32_t i = 0; i < s->cases.size; ++i) {
    setBlock(bodies[i]);
    statements(s->cases[i]->as<SwitchCase>()->consequent);
    branch(i + 1 < s->cases.size ? bodies[i + 1] : after);
  }
  state_->targets.pop_back();
  setBlock(after);
  exitScope(scope);
}

void Lowering::jumpTo(BasicBlock *target, size_t targetDepth) {
  size_t depth = state_->finallyStack.size();
  if (depth == targetDepth) {
    branch(target);
    return;
  }
  // Leave through the innermost finally block, which continues the jump afterwards.
  FinallyContext *finally = state_->finallyStack.back();
  uint32_t kind = uint32_t(3 + finally->exits.size());
  finally->exits.push_back({kind, target, targetDepth});
  emit(Opcode::StoreStack, {finally->kindSlot, module_.number(kind)});
  branch(finally->finallyBlock);
}

void Lowering::returnValue(ir::Value *value) {
  if (state_->finallyStack.empty()) {
    emit(Opcode::Return, {value});
    return;
  }
  FinallyContext *finally = state_->finallyStack.back();
  emit(Opcode::StoreStack, {finally->valueSlot, value});
  emit(Opcode::StoreStack, {finally->kindSlot, module_.number(1)});
  branch(finally->finallyBlock);
}

void Lowering::tryStatement(const TryStatement *s) {
  std::vector<std::string_view> labels = takeLabels();
  BasicBlock *after = newBlock();
  if (!labels.empty())
    state_->targets.push_back({labels, after, nullptr, state_->finallyStack.size()});
  BasicBlock *outerHandler = handler_;

  FinallyContext finally{};
  BasicBlock *finallyCatch = nullptr;
  if (s->finalizer) {
    finally.kindSlot = allocStack();
    finally.valueSlot = allocStack();
    handler_ = outerHandler;
    finally.finallyBlock = newBlock();
    finallyCatch = newBlock(); // an exception anywhere in try/catch: run finally, rethrow
    state_->finallyStack.push_back(&finally);
  }
  BasicBlock *catchBlock = nullptr;
  if (s->handler) {
    handler_ = finallyCatch ? finallyCatch : outerHandler;
    catchBlock = newBlock();
  }

  // The protected block.
  handler_ = catchBlock ? catchBlock : finallyCatch;
  BasicBlock *tryBlock = newBlock();
  branch(tryBlock);
  setBlock(tryBlock);
  statement(s->block);
  if (s->finalizer) {
    emit(Opcode::StoreStack, {finally.kindSlot, module_.number(0)});
    branch(finally.finallyBlock);
  } else {
    branch(after);
  }

  // The catch clause.
  if (catchBlock) {
    handler_ = finallyCatch ? finallyCatch : outerHandler;
    setBlock(catchBlock);
    Instruction *exception = emit(Opcode::Catch);
    auto *clause = s->handler->as<CatchClause>();
    Scope *scope = analysis_.scopeOf(clause);
    enterScope(scope);
    if (clause->param)
      storeVariable(analysis_.resolve(clause->param->as<Identifier>()), exception, clause->param, true);
    statement(clause->body);
    exitScope(scope);
    if (s->finalizer) {
      emit(Opcode::StoreStack, {finally.kindSlot, module_.number(0)});
      branch(finally.finallyBlock);
    } else {
      branch(after);
    }
  }

  if (s->finalizer) {
    state_->finallyStack.pop_back();
    handler_ = outerHandler;
    setBlock(finallyCatch);
    Instruction *exception = emit(Opcode::Catch);
    emit(Opcode::StoreStack, {finally.valueSlot, exception});
    emit(Opcode::StoreStack, {finally.kindSlot, module_.number(2)});
    branch(finally.finallyBlock);

    setBlock(finally.finallyBlock);
    statement(s->finalizer);
    // Dispatch on how the protected region was left.
    auto dispatch = [&](uint32_t kind, auto &&action) {
      if (block_->terminated())
        return;
      BasicBlock *yes = newBlock(), *no = newBlock();
      ir::Value *k = emit(Opcode::LoadStack, {finally.kindSlot});
      condBranch(toBoolean(emit(Opcode::StrictEquals, {k, module_.number(kind)})), yes, no);
      setBlock(yes);
      action();
      setBlock(no);
    };
    dispatch(1, [&] { returnValue(emit(Opcode::LoadStack, {finally.valueSlot})); });
    dispatch(2, [&] { emit(Opcode::Throw, {emit(Opcode::LoadStack, {finally.valueSlot})}); });
    for (const FinallyExit &exit : finally.exits)
      dispatch(exit.kind, [&] { jumpTo(exit.target, exit.targetDepth); });
    branch(after);
  }
  handler_ = outerHandler;
  if (!labels.empty())
    state_->targets.pop_back();
  setBlock(after);
}

// ---- Expressions -----------------------------------------------------------------------------

void Lowering::branchOn(const Node *node, BasicBlock *ifTrue, BasicBlock *ifFalse) {
  if (auto *l = node->as<LogicalExpression>()) {
    if (l->op == "&&") {
      BasicBlock *right = newBlock();
      branchOn(l->left, right, ifFalse);
      setBlock(right);
      branchOn(l->right, ifTrue, ifFalse);
      return;
    }
    if (l->op == "||") {
      BasicBlock *right = newBlock();
      branchOn(l->left, ifTrue, right);
      setBlock(right);
      branchOn(l->right, ifTrue, ifFalse);
      return;
    }
  }
  if (auto *u = node->as<UnaryExpression>(); u && u->op == "!") {
    branchOn(u->argument, ifFalse, ifTrue);
    return;
  }
  condBranch(toBoolean(expression(node)), ifTrue, ifFalse);
}

ir::Value *Lowering::expression(const Node *node) {
  switch (node->kind) {
  case NodeKind::Literal: return literal(node->as<Literal>());
  case NodeKind::Identifier: return identifier(node->as<Identifier>());
  case NodeKind::ThisExpression: {
    if (state_->info->isArrow) {
      FunctionInfo *owner = state_->info;
      while (owner->isArrow)
        owner = owner->parent;
      return readVariableRaw(owner->thisBinding);
    }
    return emit(Opcode::GetThis);
  }
  case NodeKind::TemplateLiteral: return templateLiteral(node->as<TemplateLiteral>());
  case NodeKind::UnaryExpression: return unaryExpression(node->as<UnaryExpression>());
  case NodeKind::UpdateExpression: return updateExpression(node->as<UpdateExpression>());
  case NodeKind::BinaryExpression: return binaryExpression(node->as<BinaryExpression>());
  case NodeKind::LogicalExpression: return logicalExpression(node->as<LogicalExpression>());
  case NodeKind::AssignmentExpression: return assignment(node->as<AssignmentExpression>());
  case NodeKind::ConditionalExpression: return conditional(node->as<ConditionalExpression>());
  case NodeKind::CallExpression: return call(node->as<CallExpression>());
  case NodeKind::NewExpression: return newExpression(node->as<NewExpression>());
  case NodeKind::MemberExpression: return member(node->as<MemberExpression>(), nullptr);
  case NodeKind::ChainExpression: return chain(node->as<ChainExpression>());
  case NodeKind::ObjectExpression: return objectLiteral(node->as<ObjectExpression>());
  case NodeKind::ArrayExpression: return arrayLiteral(node->as<ArrayExpression>());
  case NodeKind::SequenceExpression: {
    ir::Value *last = module_.undefined();
    for (const Node *e : node->as<SequenceExpression>()->expressions)
      last = expression(e);
    return last;
  }
  case NodeKind::FunctionExpression: {
    auto *f = node->as<FunctionExpression>();
    return createClosure(node, f->id ? f->id->as<Identifier>()->name : std::string_view());
  }
  case NodeKind::ArrowFunctionExpression: return createClosure(node, "");
  default:
    unsupported(node, std::string("'") + nodeKindName(node->kind) + "'");
  }
}

ir::Value *Lowering::literal(const Literal *lit) {
  switch (lit->literalKind) {
  case LiteralKind::Number: return module_.number(lit->number);
  case LiteralKind::String: return str(lit->string);
  case LiteralKind::Boolean: return module_.boolean(lit->boolean);
  case LiteralKind::Null: return module_.null();
  case LiteralKind::RegExp: unsupported(lit, "regular expressions");
  case LiteralKind::BigInt: unsupported(lit, "BigInt literals");
  }
  return module_.undefined();
}

ir::Value *Lowering::identifier(const Identifier *id) {
  if (Variable *v = analysis_.resolve(id))
    return loadVariable(v, id);
  // Globals whose value cannot change.
  if (id->name == "undefined")
    return module_.undefined();
  if (id->name == "NaN")
    return module_.number(std::nan(""));
  if (id->name == "Infinity")
    return module_.number(HUGE_VAL);
  Instruction *get = emit(Opcode::GetGlobal, {str(id->name)});
  locate(get, id);
  return get;
}

ir::Value *Lowering::templateLiteral(const TemplateLiteral *t) {
  ir::Value *result = str(t->quasis[0]->as<TemplateElement>()->cooked);
  for (uint32_t i = 0; i < t->expressions.size; ++i) {
    ir::Value *part = unary(UnaryOperator::ToString, expression(t->expressions[i]));
    result = binary(BinaryOperator::Add, result, part);
    std::string_view next = t->quasis[i + 1]->as<TemplateElement>()->cooked;
    if (!next.empty())
      result = binary(BinaryOperator::Add, result, str(next));
  }
  return result;
}

ir::Value *Lowering::unaryExpression(const UnaryExpression *u) {
  std::string_view op = u->op;
  if (op == "typeof") {
    if (auto *id = u->argument->as<Identifier>(); id && !analysis_.resolve(id) &&
                                                  id->name != "undefined" && id->name != "NaN" &&
                                                  id->name != "Infinity") {
      Instruction *t = emit(Opcode::TypeOfGlobal, {str(id->name)});
      return t;
    }
    return emit(Opcode::TypeOf, {expression(u->argument)});
  }
  if (op == "delete") {
    const Node *arg = u->argument;
    if (auto *chainNode = arg->as<ChainExpression>())
      unsupported(chainNode, "delete of an optional chain");
    if (auto *m = arg->as<MemberExpression>()) {
      ir::Value *object = expression(m->object);
      ir::Value *key = memberKey(m);
      Instruction *d = emit(Opcode::DeleteProperty, {object, key});
      d->strict = state_->function->strict;
      return d;
    }
    if (arg->is<Identifier>())
      unsupported(arg, "delete of a variable");
    expression(arg);
    return module_.boolean(true);
  }
  if (op == "void") {
    expression(u->argument);
    return module_.undefined();
  }
  if (op == "!") {
    ir::Value *b = toBoolean(expression(u->argument));
    BasicBlock *yes = newBlock(), *no = newBlock(), *done = newBlock();
    Instruction *slot = allocStack();
    condBranch(b, yes, no);
    setBlock(yes);
    emit(Opcode::StoreStack, {slot, module_.boolean(false)});
    branch(done);
    setBlock(no);
    emit(Opcode::StoreStack, {slot, module_.boolean(true)});
    branch(done);
    setBlock(done);
    return emit(Opcode::LoadStack, {slot});
  }
  ir::Value *value = expression(u->argument);
  if (op == "-") return unary(UnaryOperator::Neg, value);
  if (op == "+") return unary(UnaryOperator::ToNumber, value);
  if (op == "~") return unary(UnaryOperator::BitNot, value);
  unsupported(u, "this unary operator");
}

ir::Value *Lowering::updateExpression(const UpdateExpression *u) {
  UnaryOperator op = u->op == "++" ? UnaryOperator::Inc : UnaryOperator::Dec;
  if (auto *id = u->argument->as<Identifier>()) {
    Variable *v = analysis_.resolve(id);
    ir::Value *old = unary(UnaryOperator::ToNumeric, identifier(id));
    ir::Value *updated = unary(op, old);
    if (v) {
      storeVariable(v, updated, id, false);
    } else {
      Instruction *set = emit(Opcode::SetGlobal, {str(id->name), updated});
      set->strict = state_->function->strict;
    }
    return u->prefix ? updated : old;
  }
  auto *m = u->argument->as<MemberExpression>();
  if (!m)
    unsupported(u, "this update target");
  ir::Value *object = expression(m->object);
  ir::Value *key = m->computed ? unary(UnaryOperator::ToPropertyKey, expression(m->property)) : memberKey(m);
  ir::Value *old = unary(UnaryOperator::ToNumeric, emit(Opcode::GetProperty, {object, key}));
  ir::Value *updated = unary(op, old);
  Instruction *set = emit(Opcode::SetProperty, {object, key, updated});
  set->strict = state_->function->strict;
  return u->prefix ? updated : old;
}

static bool binaryOperatorFor(std::string_view op, BinaryOperator &out, bool &negate, bool &strictEq) {
  negate = false;
  strictEq = false;
  static const struct {
    const char *spelling;
    BinaryOperator op;
  } table[] = {{"+", BinaryOperator::Add},   {"-", BinaryOperator::Sub},    {"*", BinaryOperator::Mul},
               {"/", BinaryOperator::Div},   {"%", BinaryOperator::Mod},    {"**", BinaryOperator::Exp},
               {"<<", BinaryOperator::Shl},  {">>", BinaryOperator::Sar},   {">>>", BinaryOperator::Shr},
               {"&", BinaryOperator::BitAnd}, {"|", BinaryOperator::BitOr}, {"^", BinaryOperator::BitXor},
               {"<", BinaryOperator::Lt},    {"<=", BinaryOperator::Le},    {">", BinaryOperator::Gt},
               {">=", BinaryOperator::Ge},   {"==", BinaryOperator::LooseEq},
               {"instanceof", BinaryOperator::Instanceof}, {"in", BinaryOperator::In}};
  for (auto &entry : table)
    if (op == entry.spelling) {
      out = entry.op;
      return true;
    }
  if (op == "!=") {
    out = BinaryOperator::LooseEq;
    negate = true;
    return true;
  }
  if (op == "===" || op == "!==") {
    strictEq = true;
    negate = op == "!==";
    return true;
  }
  return false;
}

ir::Value *Lowering::binaryExpression(const BinaryExpression *b) {
  ir::Value *left = expression(b->left);
  ir::Value *right = expression(b->right);
  BinaryOperator op;
  bool negate, strictEq;
  if (!binaryOperatorFor(b->op, op, negate, strictEq))
    unsupported(b, "this binary operator");
  ir::Value *result = strictEq ? emit(Opcode::StrictEquals, {left, right}) : binary(op, left, right);
  if (!negate)
    return result;
  BasicBlock *yes = newBlock(), *no = newBlock(), *done = newBlock();
  Instruction *slot = allocStack();
  condBranch(toBoolean(result), yes, no);
  setBlock(yes);
  emit(Opcode::StoreStack, {slot, module_.boolean(false)});
  branch(done);
  setBlock(no);
  emit(Opcode::StoreStack, {slot, module_.boolean(true)});
  branch(done);
  setBlock(done);
  return emit(Opcode::LoadStack, {slot});
}

ir::Value *Lowering::logicalExpression(const LogicalExpression *l) {
  Instruction *slot = allocStack();
  ir::Value *left = expression(l->left);
  emit(Opcode::StoreStack, {slot, left});
  BasicBlock *evaluateRight = newBlock(), *done = newBlock();
  if (l->op == "&&")
    condBranch(toBoolean(left), evaluateRight, done);
  else if (l->op == "||")
    condBranch(toBoolean(left), done, evaluateRight);
  else
    condBranch(emit(Opcode::IsNullish, {left}), evaluateRight, done);
  setBlock(evaluateRight);
  emit(Opcode::StoreStack, {slot, expression(l->right)});
  branch(done);
  setBlock(done);
  return emit(Opcode::LoadStack, {slot});
}

ir::Value *Lowering::conditional(const ConditionalExpression *c) {
  Instruction *slot = allocStack();
  BasicBlock *yes = newBlock(), *no = newBlock(), *done = newBlock();
  branchOn(c->test, yes, no);
  setBlock(yes);
  emit(Opcode::StoreStack, {slot, expression(c->consequent)});
  branch(done);
  setBlock(no);
  emit(Opcode::StoreStack, {slot, expression(c->alternate)});
  branch(done);
  setBlock(done);
  return emit(Opcode::LoadStack, {slot});
}

ir::Value *Lowering::assignment(const AssignmentExpression *a) {
  std::string_view op = a->op;
  bool logical = op == "&&=" || op == "||=" || op == "??=";
  if (auto *id = a->left->as<Identifier>()) {
    Variable *v = analysis_.resolve(id);
    auto store = [&](ir::Value *value) {
      if (v) {
        storeVariable(v, value, id, false);
      } else {
        Instruction *set = emit(Opcode::SetGlobal, {str(id->name), value});
        set->strict = state_->function->strict;
        locate(set, id);
      }
    };
    auto rhs = [&]() -> ir::Value * {
      if (a->right->is<FunctionExpression>() || a->right->is<ArrowFunctionExpression>())
        if (!(a->right->is<FunctionExpression>() && a->right->as<FunctionExpression>()->id))
          return createClosure(a->right, id->name); // NamedEvaluation
      return expression(a->right);
    };
    if (op == "=") {
      ir::Value *value = rhs();
      store(value);
      return value;
    }
    ir::Value *old = identifier(id);
    if (logical) {
      Instruction *slot = allocStack();
      emit(Opcode::StoreStack, {slot, old});
      BasicBlock *assign = newBlock(), *done = newBlock();
      if (op == "&&=") condBranch(toBoolean(old), assign, done);
      else if (op == "||=") condBranch(toBoolean(old), done, assign);
      else condBranch(emit(Opcode::IsNullish, {old}), assign, done);
      setBlock(assign);
      ir::Value *value = rhs();
      store(value);
      emit(Opcode::StoreStack, {slot, value});
      branch(done);
      setBlock(done);
      return emit(Opcode::LoadStack, {slot});
    }
    BinaryOperator bop;
    bool negate, strictEq;
    binaryOperatorFor(op.substr(0, op.size() - 1), bop, negate, strictEq);
    ir::Value *value = binary(bop, old, expression(a->right));
    store(value);
    return value;
  }
  auto *m = a->left->as<MemberExpression>();
  if (!m)
    unsupported(a->left, "destructuring assignment");
  ir::Value *object = expression(m->object);
  ir::Value *key = m->computed ? unary(UnaryOperator::ToPropertyKey, expression(m->property)) : memberKey(m);
  auto store = [&](ir::Value *value) {
    Instruction *set = emit(Opcode::SetProperty, {object, key, value});
    set->strict = state_->function->strict;
    locate(set, a);
  };
  if (op == "=") {
    ir::Value *value = expression(a->right);
    store(value);
    return value;
  }
  Instruction *old = emit(Opcode::GetProperty, {object, key});
  locate(old, m);
  if (logical) {
    Instruction *slot = allocStack();
    emit(Opcode::StoreStack, {slot, old});
    BasicBlock *assign = newBlock(), *done = newBlock();
    if (op == "&&=") condBranch(toBoolean(old), assign, done);
    else if (op == "||=") condBranch(toBoolean(old), done, assign);
    else condBranch(emit(Opcode::IsNullish, {old}), assign, done);
    setBlock(assign);
    ir::Value *value = expression(a->right);
    store(value);
    emit(Opcode::StoreStack, {slot, value});
    branch(done);
    setBlock(done);
    return emit(Opcode::LoadStack, {slot});
  }
  BinaryOperator bop;
  bool negate, strictEq;
  binaryOperatorFor(op.substr(0, op.size() - 1), bop, negate, strictEq);
  ir::Value *value = binary(bop, old, expression(a->right));
  store(value);
  return value;
}

ir::Value *Lowering::memberKey(const MemberExpression *m) {
  if (m->computed)
    return expression(m->property);
  return str(m->property->as<Identifier>()->name);
}

ir::Value *Lowering::member(const MemberExpression *m, ir::Value **objectOut) {
  ir::Value *object = expression(m->object);
  if (m->optional) {
    BasicBlock *present = newBlock();
    condBranch(emit(Opcode::IsNullish, {object}), chains_.back().nullish, present);
    setBlock(present);
  }
  if (objectOut)
    *objectOut = object;
  ir::Value *key = memberKey(m);
  Instruction *get = emit(Opcode::GetProperty, {object, key});
  locate(get, m);
  return get;
}

void Lowering::arguments(const NodeList &args, std::vector<ir::Value *> &out) {
  for (const Node *arg : args)
    out.push_back(expression(arg));
}

ir::Value *Lowering::call(const CallExpression *c) {
  ir::Value *callee;
  ir::Value *thisValue = module_.undefined();
  if (auto *m = c->callee->as<MemberExpression>())
    callee = member(m, &thisValue);
  else
    callee = expression(c->callee);
  if (c->optional) {
    BasicBlock *present = newBlock();
    condBranch(emit(Opcode::IsNullish, {callee}), chains_.back().nullish, present);
    setBlock(present);
  }
  std::vector<ir::Value *> args;
  arguments(c->arguments, args);
  Instruction *i = emit(Opcode::Call, {callee, thisValue});
  i->operands.insert(i->operands.end(), args.begin(), args.end());
  locate(i, c);
  return i;
}

ir::Value *Lowering::newExpression(const NewExpression *n) {
  ir::Value *callee = expression(n->callee);
  std::vector<ir::Value *> args;
  arguments(n->arguments, args);
  Instruction *i = emit(Opcode::Construct, {callee, callee});
  i->operands.insert(i->operands.end(), args.begin(), args.end());
  locate(i, n);
  return i;
}

ir::Value *Lowering::chain(const ChainExpression *c) {
  Instruction *slot = allocStack();
  BasicBlock *nullish = newBlock(), *done = newBlock();
  chains_.push_back({nullish});
  emit(Opcode::StoreStack, {slot, expression(c->expression)});
  chains_.pop_back();
  branch(done);
  setBlock(nullish);
  emit(Opcode::StoreStack, {slot, module_.undefined()});
  branch(done);
  setBlock(done);
  return emit(Opcode::LoadStack, {slot});
}

ir::Value *Lowering::objectLiteral(const ObjectExpression *o) {
  Instruction *object = emit(Opcode::AllocObject);
  for (const Node *p : o->properties) {
    auto *prop = p->as<Property>();
    ir::Value *key;
    if (prop->computed)
      key = unary(UnaryOperator::ToPropertyKey, expression(prop->key));
    else if (auto *id = prop->key->as<Identifier>())
      key = str(id->name);
    else
      key = unary(UnaryOperator::ToPropertyKey, literal(prop->key->as<Literal>()));
    if (!prop->computed && isProtoSetter(prop))
      unsupported(prop, "'__proto__' in object literals");
    ir::Value *value;
    std::string_view name = prop->key->is<Identifier>() && !prop->computed ? prop->key->as<Identifier>()->name : "";
    if (prop->value->is<FunctionExpression>() && !prop->value->as<FunctionExpression>()->id)
      value = createClosure(prop->value, name);
    else if (prop->value->is<ArrowFunctionExpression>())
      value = createClosure(prop->value, name);
    else
      value = expression(prop->value);
    emit(Opcode::DefineProperty, {object, key, value});
  }
  return object;
}

ir::Value *Lowering::arrayLiteral(const ArrayExpression *a) {
  std::vector<ir::Value *> elements;
  for (const Node *e : a->elements)
    elements.push_back(e ? expression(e) : module_.empty());
  Instruction *array = emit(Opcode::AllocArray);
  array->operands = elements;
  return array;
}

} // namespace

void lowerProgram(const Program *program, const SourceFile &file, ir::Module &module) {
  Lowering(file, module).lowerProgram(program);
}

} // namespace kiln::irgen
