// AST -> IR lowering: functions, scopes and variables, statements. See IRGen.h for the design.
#include "frontend/irgen/Lowering.h"

#include <algorithm>
#include <cmath>

namespace kiln::irgen {

using namespace ast;

[[noreturn]] void unsupported(const ast::Node *node, const std::string &what) {
  throw UnsupportedError{node->start, what + " is not supported by kiln yet"};
}

// `__proto__: value` in an object literal sets the prototype instead of defining a property.
bool isProtoSetter(const ast::Property *prop) {
  if (prop->computed || prop->shorthand || prop->method)
    return false;
  if (auto *id = prop->key->as<Identifier>())
    return id->name == "__proto__";
  if (auto *lit = prop->key->as<Literal>())
    return lit->literalKind == LiteralKind::String && lit->string == "__proto__";
  return false;
}

// ---- Program and functions -------------------------------------------------------------------

void Lowering::lowerProgram(const Program *program) {
  analysis_.run(program, script_, kind_ == ProgramKind::Module);
  ir::Function *main = lowerFunction(program, "");
  main->startLine = 1;
}

// CommonJS: the values node's module wrapper passes for exports, require, module, __filename and
// __dirname, for a program variable of one of those names that the wrapper binds: one the program
// uses without declaring, or declares with `var` or as a function (the same binding as the
// wrapper's parameter). Null for any other variable.
ir::Value *Lowering::commonJSBinding(Variable *v, CommonJSBindings &made) {
  if (kind_ != ProgramKind::CommonJS || !(v->kind == VariableKind::ModuleBinding || v->kind == VariableKind::Var ||
                                          v->kind == VariableKind::Function))
    return nullptr;
  if (std::find(std::begin(kCommonJSBindings), std::end(kCommonJSBindings), v->name) == std::end(kCommonJSBindings))
    return nullptr;
  const std::string &path = module_.sourcePath;
  size_t slash = path.rfind('/');
  std::string directory = slash == std::string::npos ? "." : slash == 0 ? "/" : path.substr(0, slash);
  if (!made.exports)
    made.exports = emit(Opcode::GetThis);
  auto module = [&] {
    if (!made.module)
      made.module = emit(Opcode::CommonJSModule, {made.exports, str(path)});
    return made.module;
  };
  if (v->name == "exports") return made.exports;
  if (v->name == "module") return module();
  if (v->name == "require") return emit(Opcode::CommonJSRequire, {module()});
  if (v->name == "__filename") return str(path);
  return str(directory);
}

ir::Function *Lowering::lowerFunction(const Node *node, std::string_view name) {
  FunctionInfo *info = analysis_.functionOf(node);
  FunctionState state;
  FunctionState *outer = state_;
  BasicBlock *outerBlock = block_;
  BasicBlock *outerHandler = handler_;
  std::vector<ChainContext> outerChains;
  outerChains.swap(chains_);

  auto existing = declaredFunctions_.find(node);
  ir::Function *function = existing != declaredFunctions_.end() && existing->second->blocks.empty()
                               ? existing->second
                               : module_.createFunction(std::string(name));
  function->strict = info->strict;
  function->isArrow = info->isArrow;
  function->isConstructor = !info->isArrow && !node->is<Program>();
  state.info = info;
  state.function = function;
  function->line = file_.locate(node->start).line;
  uint32_t outerStatementLine = statementLine_;
  statementLine_ = function->line;
  if (outer)
    for (const EnvFrame &frame : outer->envChain)
      state.envChain.push_back({frame.scope, nullptr});
  state_ = &state;
  handler_ = nullptr;
  state.entry = module_.createBlock(function);
  setBlock(state.entry);
  state.functionEnvironment = emit(Opcode::FunctionEnvironment);

  function->isClassConstructor = info->isClassConstructor;
  function->isDerivedConstructor = info->isDerivedConstructor;
  if (info->isClassConstructor || node->is<PropertyDefinition>() || node->is<StaticBlock>() ||
      node->is<ClassBody>())
    function->isConstructor = info->isClassConstructor;
  functionBody(node, info);
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
  statementLine_ = outerStatementLine;
  return function;
}

ir::Value *Lowering::createClosure(const Node *node, std::string_view name, bool isMethod, const Node *source) {
  ir::Value *env = currentEnvironment();
  ir::Function *function = lowerFunction(node, name);
  // Function.prototype.toString's text: a method from its name (with get/set, without static).
  const Node *range = source ? source : node;
  uint32_t start = range->start;
  if (auto *method = range->as<MethodDefinition>(); method && method->isStatic)
    start = skipTrivia(start + 6);  // after "static"
  bool synthetic = node->is<ClassBody>() || node->is<PropertyDefinition>() || node->is<StaticBlock>();
  function->sourceStart = synthetic ? 0 : start;  // field initializers are never seen as functions
  function->sourceEnd = synthetic ? 0 : range->end;
  LineColumn position = file_.locate(start);
  function->startLine = position.line;
  function->startColumn = position.column;
  if (isMethod)
    function->isConstructor = false; // methods, getters and setters have no [[Construct]]
  Instruction *closure = emit(Opcode::CreateClosure, {env});
  closure->function = function;
  return closure;
}

ir::Value *Lowering::fieldKey(const PropertyDefinition *field) {
  if (Variable *key = analysis_.computedFieldKey(field))
    return readVariableRaw(key); // evaluated once, when the class was defined
  return propertyKey(field->key, false);
}

void Lowering::initializeFields(ir::Value *object, const FunctionInfo *constructor) {
  const ClassInfo *cls = analysis_.classOf((constructor ? constructor : state_->info)->classNode);
  if (!cls || !cls->fieldInitializer)
    return;
  Instruction *call = emit(Opcode::Call, {readVariableRaw(cls->fieldInitializer), object});
  (void)call;
}

// The body of any function kind: parameters, hoisting, then the statements.
void Lowering::functionBody(const Node *node, const FunctionInfo *info) {
  ir::Function *function = state_->function;
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
  if (info->thisBinding)
    writeVariableRaw(info->thisBinding, info->isDerivedConstructor ? static_cast<ir::Value *>(module_.empty())
                                        : script_ && node->is<Program>() ? emit(Opcode::GlobalObject)
                                        : kind_ == ProgramKind::Module && node->is<Program>()
                                            ? static_cast<ir::Value *>(module_.undefined())
                                            : emit(Opcode::GetThis));
  if (info->homeBinding)
    writeVariableRaw(info->homeBinding, emit(Opcode::HomeObject, {emit(Opcode::GetCallee)}));
  if (info->newTargetBinding)
    writeVariableRaw(info->newTargetBinding, emit(Opcode::GetNewTarget));
  if (info->calleeBinding)
    writeVariableRaw(info->calleeBinding, emit(Opcode::GetCallee));
  // A base class initialises its instance fields before anything else runs.
  if (info->isClassConstructor && !info->isDerivedConstructor)
    initializeFields(emit(Opcode::GetThis));
  // Parameters, in order: defaults see earlier parameters, and later ones are uninitialised.
  if (params) {
    for (Variable *v : scope->variables)
      if (v->parameterTDZ)
        writeVariableRaw(v, module_.empty());
    uint32_t length = 0;
    bool counting = true;
    for (uint32_t i = 0; i < params->size; ++i) {
      const Node *p = (*params)[i];
      if (auto *rest = p->as<RestElement>()) {
        counting = false;
        Instruction *array = emit(Opcode::CreateRestArray);
        array->index = i;
        bindPattern(rest->argument, array, BindMode::Initialize);
        continue;
      }
      if (p->is<AssignmentPattern>())
        counting = false;
      if (counting)
        ++length;
      Instruction *arg = emit(Opcode::LoadParam);
      arg->index = i;
      bindPattern(p, arg, BindMode::Initialize);
    }
    function->length = length;
  }
  if (info->arguments)
    storeVariable(info->arguments, createArguments(info, params), node, true);
  // `var`s start undefined, lexical bindings uninitialised; then hoisted functions.
  for (std::string_view name : info->globalVars)
    emit(Opcode::DeclareGlobalVar, {str(name)});
  CommonJSBindings wrapper;
  for (Variable *v : scope->variables) {
    if (ir::Value *value = node->is<Program>() ? commonJSBinding(v, wrapper) : nullptr)
      writeVariableRaw(v, value);  // then a function declaration of the name replaces it
    else if (v->kind == VariableKind::Var)
      writeVariableRaw(v, module_.undefined());
    else if (v->hasTDZ() && v->kind != VariableKind::Parameter)
      writeVariableRaw(v, module_.empty());
  }
  instantiateHoisted(scope);

  if (expressionBody) {
    returnValue(expression(body));
  } else if (auto *program = node->as<Program>()) {
    statements(program->body);
  } else if (body) {
    statements(body->as<BlockStatement>()->body);
  } else if (auto *field = node->as<PropertyDefinition>()) {
    // A static field: defined on the class (this).
    ir::Value *value = field->value ? expression(field->value) : module_.undefined();
    ir::Value *self = emit(Opcode::GetThis);
    if (auto *pid = field->key->as<PrivateIdentifier>())
      emit(Opcode::PrivateDefine, {self, privateNameValue(pid), value});
    else
      emit(Opcode::DefineProperty, {self, fieldKey(field), value});
  } else if (auto *block = node->as<StaticBlock>()) {
    statements(block->body);
  } else if (auto *classBody = node->as<ClassBody>()) {
    // The instance field initializer: private methods first, then every non-static field in
    // order (InitializeInstanceElements).
    ir::Value *self = emit(Opcode::GetThis);
    for (const Node *e : classBody->body) {
      Variable *method = analysis_.privateMethodBinding(e);
      if (!method)
        continue;
      auto *m = e->as<MethodDefinition>();
      ir::Value *name = privateNameValue(m->key->as<PrivateIdentifier>());
      if (m->kind == "method") {
        emit(Opcode::PrivateDefine, {self, name, readVariableRaw(method)});
      } else { // a private getter or setter: an accessor under the private name
        Instruction *define = emit(Opcode::DefineMethod, {self, name, readVariableRaw(method)});
        define->index = m->kind == "get" ? 1 : 2;
      }
    }
    for (const Node *e : classBody->body) {
      auto *field = e->as<PropertyDefinition>();
      if (!field || field->isStatic)
        continue;
      ir::Value *value;
      if (field->value && ((field->value->is<FunctionExpression>() && !field->value->as<FunctionExpression>()->id) ||
                           field->value->is<ArrowFunctionExpression>()) && field->key->is<Identifier>())
        value = createClosure(field->value, field->key->as<Identifier>()->name);
      else
        value = field->value ? expression(field->value) : module_.undefined();
      if (auto *pid = field->key->as<PrivateIdentifier>())
        emit(Opcode::PrivateDefine, {self, privateNameValue(pid), value});
      else
        emit(Opcode::DefineProperty, {self, fieldKey(field), value});
    }
  } else if (info->isDerivedConstructor) {
    // The default derived constructor: constructor(...args) { super(...args); }
    Instruction *args = emit(Opcode::CreateRestArray);
    args->index = 0;
    ir::Value *object = emit(Opcode::SuperConstruct, {emit(Opcode::GetCallee), args, emit(Opcode::GetNewTarget)});
    writeVariableRaw(info->thisBinding, object);
    initializeFields(object);
  }
  if (!block_->terminated())
    returnValue(module_.undefined());
}

// The arguments object. Strict functions and functions with non-simple parameters get an
// unmapped one (`strict`: its `callee` throws); a mapped one (see FunctionInfo::mappedArguments)
// takes the function environment and the slot of each parameter, -1 for a parameter whose name
// a later parameter repeats (only the last of duplicates is mapped).
ir::Value *Lowering::createArguments(const FunctionInfo *info, const NodeList *params) {
  std::vector<ir::Value *> operands;
  if (info->mappedArguments) {
    uint32_t hops;
    operands.resize(1 + params->size);
    environmentPath(analysis_.resolve((*params)[0]->as<Identifier>()), operands[0], hops);
    std::vector<Variable *> seen;
    for (uint32_t i = params->size; i-- > 0;) {
      Variable *v = analysis_.resolve((*params)[i]->as<Identifier>());
      bool repeated = std::find(seen.begin(), seen.end(), v) != seen.end();
      seen.push_back(v);
      operands[1 + i] = module_.number(repeated ? -1 : double(v->environmentIndex));
    }
  }
  Instruction *create = emit(Opcode::CreateArguments);
  create->operands = std::move(operands);
  create->strict = info->strict || !info->simpleParameters;
  return create;
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
  for (const Node *fn : scope->hoistedFunctions)
    if (!declaredFunctions_.count(fn))
      declaredFunctions_[fn] = module_.createFunction(std::string(fn->as<FunctionDeclaration>()->id->as<Identifier>()->name));
  for (const Node *fn : scope->hoistedFunctions) {
    auto *id = fn->as<FunctionDeclaration>()->id->as<Identifier>();
    Variable *binding = analysis_.resolve(id);
    if (!binding) { // script goal: a global function
      emit(Opcode::DeclareGlobalFunction, {str(id->name), createClosure(fn, id->name)});
      continue;
    }
    writeVariableRaw(binding, createClosure(fn, id->name));
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
  statementLine_ = file_.locate(node->start).line;
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
      state_->targets.push_back({labels, after, nullptr, state_->finallyStack.size(), state_->finallyStack.size()});
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
                      body->is<ForInStatement>() || body->is<ForOfStatement>() ||
                      body->is<SwitchStatement>() || body->is<BlockStatement>();
    if (labelsLoop) {
      statement(body);
      return;
    }
    // A label on any other statement: `break label` jumps past it.
    std::vector<std::string_view> labels = takeLabels();
    BasicBlock *after = newBlock();
    state_->targets.push_back({labels, after, nullptr, state_->finallyStack.size(), state_->finallyStack.size()});
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
        jumpTo(isBreak ? t.breakBlock : t.continueBlock, isBreak ? t.finallyDepth : t.continueDepth);
        return;
      }
    }
    unsupported(node, "this jump");
  }
  case NodeKind::ClassDeclaration: {
    auto *c = node->as<ClassDeclaration>();
    auto *id = c->id->as<Identifier>();
    storeVariable(analysis_.resolve(id), classDefinition(node, id->name), id, true);
    return;
  }
  case NodeKind::ForInStatement:
  case NodeKind::ForOfStatement:
    forInOf(node);
    return;
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
    if (!declarator->init) {
      if (decl->kind != "var") // `let x;` initialises to undefined
        bindPattern(declarator->id, module_.undefined(), BindMode::Initialize);
      continue;
    }
    ir::Value *value;
    auto *id = declarator->id->as<Identifier>();
    const Node *init = declarator->init;
    if (id && ((init->is<FunctionExpression>() && !init->as<FunctionExpression>()->id) ||
               init->is<ArrowFunctionExpression>()))
      value = createClosure(init, id->name); // NamedEvaluation of an anonymous function
    else if (id && init->is<ClassExpression>() && !init->as<ClassExpression>()->id)
      value = classDefinition(init, id->name);
    else
      value = expression(init);
    bindPattern(declarator->id, value, BindMode::Initialize, init);
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
  state_->targets.push_back({labels, after, continueBlock, state_->finallyStack.size(), state_->finallyStack.size()});
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
  state_->targets.push_back({labels, after, nullptr, state_->finallyStack.size(), state_->finallyStack.size()});
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
  if (state_->info->isDerivedConstructor)
    value = emit(Opcode::DerivedConstructorResult, {value, readVariableRaw(state_->info->thisBinding)});
  if (state_->finallyStack.empty()) {
    emit(Opcode::Return, {value});
    return;
  }
  routeReturn(value);
}

void Lowering::routeReturn(ir::Value *value) {
  FinallyContext *finally = state_->finallyStack.back();
  emit(Opcode::StoreStack, {finally->valueSlot, value});
  emit(Opcode::StoreStack, {finally->kindSlot, module_.number(1)});
  branch(finally->finallyBlock);
}

void Lowering::dispatchFinally(FinallyContext &finally, BasicBlock *after) {
  // Dispatch on how the protected region was left: 0 normal, 1 return, 2 throw, 3+ jumps.
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
  dispatch(1, [&] {
    ir::Value *value = emit(Opcode::LoadStack, {finally.valueSlot});
    // The value was already adjusted for derived constructors when the return was recorded.
    if (state_->finallyStack.empty())
      emit(Opcode::Return, {value});
    else
      routeReturn(value);
  });
  dispatch(2, [&] { emit(Opcode::Throw, {emit(Opcode::LoadStack, {finally.valueSlot})}); });
  for (const FinallyExit &exit : finally.exits)
    dispatch(exit.kind, [&] { jumpTo(exit.target, exit.targetDepth); });
  branch(after);
}

void Lowering::tryStatement(const TryStatement *s) {
  std::vector<std::string_view> labels = takeLabels();
  BasicBlock *after = newBlock();
  if (!labels.empty())
    state_->targets.push_back({labels, after, nullptr, state_->finallyStack.size(), state_->finallyStack.size()});
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
      bindPattern(clause->param, exception, BindMode::Initialize);
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
    dispatchFinally(finally, after);
  }
  handler_ = outerHandler;
  if (!labels.empty())
    state_->targets.pop_back();
  setBlock(after);
}

void lowerProgram(const Program *program, const SourceFile &file, ir::Module &module, ProgramKind kind) {
  Lowering(file, module, kind).lowerProgram(program);
}

} // namespace kiln::irgen
