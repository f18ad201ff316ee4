// Scope analysis: declarations (with hoisting), identifier resolution, capture marking.
#include "frontend/irgen/ScopeAnalysis.h"

#include <algorithm>

namespace kiln::irgen {

using namespace ast;

namespace {
[[noreturn]] void unsupported(const Node *node, const std::string &what) {
  throw UnsupportedError{node->start, what + " is not supported by kiln yet"};
}
} // namespace

Scope *ScopeAnalysis::newScope(const Node *node, Scope *parent, FunctionInfo *function, bool isFunctionScope) {
  Scope &scope = scopeStorage_.emplace_back();
  scope.parent = parent;
  scope.function = function;
  scope.node = node;
  scope.isFunctionScope = isFunctionScope;
  scopes_[node] = &scope;
  return &scope;
}

Variable *ScopeAnalysis::declare(Scope *scope, std::string_view name, VariableKind kind, const Node *at) {
  auto it = scope->byName.find(name);
  if (it != scope->byName.end()) {
    // Redeclarations the parser allowed: var/function over var/function/parameter. A function
    // declaration replaces the earlier binding's initial value; the binding stays one variable.
    if (kind == VariableKind::Function && it->second->kind != VariableKind::Parameter)
      it->second->kind = VariableKind::Function;
    it->second->assigned = true; // two declarations: not a single known value
    return it->second;
  }
  Variable &v = variableStorage_.emplace_back();
  v.name = name;
  v.kind = kind;
  v.scope = scope;
  scope->variables.push_back(&v);
  scope->byName.emplace(name, &v);
  return &v;
}

void ScopeAnalysis::run(const Program *program, bool script, bool module) {
  FunctionInfo &info = functionStorage_.emplace_back();
  info.node = program;
  functions_[program] = &info;
  Scope *scope = newScope(program, nullptr, &info, true);
  info.scope = scope;
  if (!program->body.empty())
    if (auto *first = program->body[0]->as<ExpressionStatement>())
      info.strict = first->isDirective && first->directive == "use strict";
  for (const Node *statement : program->body) {
    auto *s = statement->as<ExpressionStatement>();
    if (!s || !s->isDirective)
      break;
    if (s->directive == "use strict")
      info.strict = true;
  }
  current_ = scope;
  function_ = &info;
  if (script)
    globalScope_ = scope;
  if (module)
    info.strict = true; // module code is always strict
  if (!script && !module)
    commonJSScope_ = scope;
  for (const Node *statement : program->body)
    hoistVars(statement, scope);
  hoistLexical(program->body, scope, true);
  visitList(program->body);
}

void ScopeAnalysis::declarePattern(const Node *pattern, Scope *scope, VariableKind kind) {
  switch (pattern->kind) {
  case NodeKind::Identifier: {
    auto *id = pattern->as<Identifier>();
    if (scope == globalScope_ && kind == VariableKind::Var) {
      scope->function->globalVars.push_back(id->name); // a global object property
      return;
    }
    references_[id] = declare(scope, id->name, kind, id);
    return;
  }
  case NodeKind::ObjectPattern:
    for (const Node *p : pattern->as<ObjectPattern>()->properties)
      declarePattern(p->is<Property>() ? p->as<Property>()->value : p, scope, kind);
    return;
  case NodeKind::ArrayPattern:
    for (const Node *e : pattern->as<ArrayPattern>()->elements)
      if (e)
        declarePattern(e, scope, kind);
    return;
  case NodeKind::AssignmentPattern: declarePattern(pattern->as<AssignmentPattern>()->left, scope, kind); return;
  case NodeKind::RestElement: declarePattern(pattern->as<RestElement>()->argument, scope, kind); return;
  default: unsupported(pattern, "this binding pattern");
  }
}

// Resolves the names in a pattern (declared or assigned) and visits its default values and
// computed keys.
void ScopeAnalysis::visitPattern(const Node *pattern) {
  // Only the bound names are written; everything else in a pattern (member-expression objects,
  // computed keys, default values) is read.
  auto read = [&](const Node *n) {
    bool saved = writing_;
    writing_ = false;
    visit(n);
    writing_ = saved;
  };
  switch (pattern->kind) {
  case NodeKind::Identifier: reference(pattern->as<Identifier>()); return;
  case NodeKind::MemberExpression:
    noteArgumentsWrite(pattern);
    read(pattern);
    return;
  case NodeKind::ObjectPattern:
    for (const Node *p : pattern->as<ObjectPattern>()->properties) {
      if (auto *prop = p->as<Property>()) {
        if (prop->computed)
          read(prop->key);
        visitPattern(prop->value);
      } else {
        visitPattern(p);
      }
    }
    return;
  case NodeKind::ArrayPattern:
    for (const Node *e : pattern->as<ArrayPattern>()->elements)
      if (e)
        visitPattern(e);
    return;
  case NodeKind::AssignmentPattern:
    visitPattern(pattern->as<AssignmentPattern>()->left);
    read(pattern->as<AssignmentPattern>()->right);
    return;
  case NodeKind::RestElement: visitPattern(pattern->as<RestElement>()->argument); return;
  default: unsupported(pattern, "this assignment target");
  }
}

FunctionInfo *ScopeAnalysis::newFunctionInfo(const Node *node, FunctionInfo *parent, bool isArrow) {
  FunctionInfo &info = functionStorage_.emplace_back();
  info.node = node;
  info.parent = parent;
  info.isArrow = isArrow;
  info.strict = parent ? parent->strict : false;
  functions_[node] = &info;
  return &info;
}

void ScopeAnalysis::useThis(const Node *at) {
  if (!function_->isArrow)
    return;
  // Arrows see the `this` of the nearest non-arrow function: a variable of that function.
  FunctionInfo *owner = function_;
  while (owner->isArrow)
    owner = owner->parent;
  if (!owner->thisBinding)
    owner->thisBinding = declare(owner->scope, "this", VariableKind::This, at);
  owner->thisBinding->captured = true;
}

void ScopeAnalysis::useSuperProperty(const Node *at) {
  FunctionInfo *owner = function_;
  while (owner->isArrow)
    owner = owner->parent;
  if (!owner->homeBinding)
    owner->homeBinding = declare(owner->scope, "%home", VariableKind::This, at);
  if (owner != function_)
    owner->homeBinding->captured = true;
  useThis(at);
}

// Runs `body` inside a new strict, method-like function (a class's field initializer, static field
// or static block): FunctionInfo keyed by `functionNode`, scope keyed by `scopeNode`.
template <typename F>
void ScopeAnalysis::inInitializer(const Node *functionNode, const Node *scopeNode, F &&body) {
  FunctionInfo *init = newFunctionInfo(functionNode, function_, false);
  init->strict = true;
  Scope *initScope = newScope(scopeNode, current_, init, true);
  init->scope = initScope;
  FunctionInfo *savedFunction = function_;
  Scope *savedScope = current_;
  function_ = init;
  current_ = initScope;
  body(initScope);
  function_ = savedFunction;
  current_ = savedScope;
}

void ScopeAnalysis::visitClass(const Node *node) {
  const Node *idNode, *superClass, *bodyNode;
  if (auto *c = node->as<ClassDeclaration>()) {
    idNode = c->id; superClass = c->superClass; bodyNode = c->body;
  } else {
    auto *e = node->as<ClassExpression>();
    idNode = e->id; superClass = e->superClass; bodyNode = e->body;
  }
  ClassInfo &info = classes_[node];
  ++classDepth_;
  Scope *saved = current_;
  Scope *scope = newScope(bodyNode, current_, function_, false);
  info.scope = scope;
  current_ = scope;
  if (idNode) {
    auto *id = idNode->as<Identifier>();
    info.innerName = declare(scope, id->name, VariableKind::Const, id);
  }
  const NodeList &elements = bodyNode->as<ClassBody>()->body;
  // Private names are declared by the whole body at once.
  for (const Node *e : elements) {
    const Node *key = nullptr;
    if (auto *m = e->as<MethodDefinition>()) key = m->key;
    else if (auto *f = e->as<PropertyDefinition>()) key = f->key;
    if (key && key->is<PrivateIdentifier>()) {
      auto *pid = key->as<PrivateIdentifier>();
      std::string &name = names_.emplace_back("#" + std::string(pid->name));
      // A getter and a setter of the same name share one private name.
      privateReferences_[pid] = scope->byName.count(name) ? scope->byName.at(name)
                                                          : declare(scope, name, VariableKind::Const, pid);
    }
  }
  if (superClass)
    visit(superClass);
  const Node *firstInstanceElement = nullptr; // keys the field initializer's scope
  for (const Node *e : elements) {
    if (auto *m = e->as<MethodDefinition>()) {
      if (m->computed) visit(m->key);
      visitFunction(m->value, current_, function_);
      if (m->kind == "constructor") {
        info.constructor = m->value;
        FunctionInfo *ctor = functions_.at(m->value);
        ctor->isClassConstructor = true;
        ctor->isDerivedConstructor = superClass != nullptr;
        ctor->classNode = node;
        if (ctor->isDerivedConstructor && !ctor->thisBinding)
          ctor->thisBinding = declare(ctor->scope, "this", VariableKind::This, m);
      } else if (!m->isStatic && m->key->is<PrivateIdentifier>()) {
        if (!firstInstanceElement)
          firstInstanceElement = e; // private methods are installed with the fields
        std::string &name = names_.emplace_back("%" + std::string(m->kind) + "#" +
                                                std::string(m->key->as<PrivateIdentifier>()->name));
        Variable *closure = declare(scope, name, VariableKind::Var, e);
        closure->captured = true; // read by the field initializer function
        privateMethods_[e] = closure;
      }
    } else if (auto *f = e->as<PropertyDefinition>()) {
      if (f->computed) {
        visit(f->key); // evaluated when the class is defined, in the class scope
        std::string &name = names_.emplace_back("%key" + std::to_string(computedFieldKeys_.size()));
        Variable *key = declare(scope, name, VariableKind::Var, e);
        key->captured = true; // read by the initializer functions
        computedFieldKeys_[e] = key;
      }
      if (f->isStatic) {
        inInitializer(e, e, [&](Scope *) {
          if (f->value)
            visit(f->value);
        });
      } else if (!firstInstanceElement) {
        firstInstanceElement = e;
      }
    } else if (e->is<StaticBlock>()) {
      inInitializer(e, e, [&](Scope *initScope) {
        const NodeList &statements = e->as<StaticBlock>()->body;
        for (const Node *s : statements)
          hoistVars(s, initScope);
        hoistLexical(statements, initScope, true);
        visitList(statements);
      });
    }
  }
  if (firstInstanceElement) {
    // One function initialises every instance field (and installs private methods), called with
    // the new object as `this` by the constructor.
    info.fieldInitializer = declare(scope, "%fields", VariableKind::Const, bodyNode);
    info.fieldInitializer->captured = true;
    inInitializer(bodyNode, firstInstanceElement, [&](Scope *) {
      for (const Node *e : elements)
        if (auto *f = e->as<PropertyDefinition>(); f && !f->isStatic && f->value)
          visit(f->value);
    });
  }
  if (!info.constructor) {
    // The default constructor: a function of its own.
    FunctionInfo *ctor = newFunctionInfo(node, function_, false);
    ctor->strict = true;
    ctor->isClassConstructor = true;
    ctor->isDerivedConstructor = superClass != nullptr;
    ctor->classNode = node;
    ctor->scope = newScope(node, current_, ctor, true);
    if (ctor->isDerivedConstructor)
      ctor->thisBinding = declare(ctor->scope, "this", VariableKind::This, node);
  }
  current_ = saved;
  --classDepth_;
}

// Declares every `var` of a function body (not of nested functions) in the function scope.
void ScopeAnalysis::hoistVars(const Node *node, Scope *functionScope) {
  if (!node)
    return;
  switch (node->kind) {
  case NodeKind::VariableDeclaration: {
    auto *decl = node->as<VariableDeclaration>();
    if (decl->kind == "var")
      for (const Node *d : decl->declarations)
        declarePattern(d->as<VariableDeclarator>()->id, functionScope, VariableKind::Var);
    return;
  }
  case NodeKind::BlockStatement:
    for (const Node *s : node->as<BlockStatement>()->body) hoistVars(s, functionScope);
    return;
  case NodeKind::IfStatement:
    hoistVars(node->as<IfStatement>()->consequent, functionScope);
    hoistVars(node->as<IfStatement>()->alternate, functionScope);
    return;
  case NodeKind::WhileStatement: hoistVars(node->as<WhileStatement>()->body, functionScope); return;
  case NodeKind::DoWhileStatement: hoistVars(node->as<DoWhileStatement>()->body, functionScope); return;
  case NodeKind::ForStatement:
    hoistVars(node->as<ForStatement>()->init, functionScope);
    hoistVars(node->as<ForStatement>()->body, functionScope);
    return;
  case NodeKind::ForInStatement:
    hoistVars(node->as<ForInStatement>()->left, functionScope);
    hoistVars(node->as<ForInStatement>()->body, functionScope);
    return;
  case NodeKind::ForOfStatement:
    hoistVars(node->as<ForOfStatement>()->left, functionScope);
    hoistVars(node->as<ForOfStatement>()->body, functionScope);
    return;
  case NodeKind::LabeledStatement: hoistVars(node->as<LabeledStatement>()->body, functionScope); return;
  case NodeKind::TryStatement: {
    auto *t = node->as<TryStatement>();
    hoistVars(t->block, functionScope);
    if (t->handler)
      hoistVars(t->handler->as<CatchClause>()->body, functionScope);
    hoistVars(t->finalizer, functionScope);
    return;
  }
  case NodeKind::SwitchStatement:
    for (const Node *c : node->as<SwitchStatement>()->cases)
      for (const Node *s : c->as<SwitchCase>()->consequent) hoistVars(s, functionScope);
    return;
  case NodeKind::WithStatement: hoistVars(node->as<WithStatement>()->body, functionScope); return;
  default:
    return;
  }
}

// Declares the lexical names of a statement list: let/const/class, and function declarations
// (var-like at the top of a function, block-scoped elsewhere; hoisted to the scope's entry).
void ScopeAnalysis::hoistLexical(const NodeList &statements, Scope *scope, bool functionTop) {
  for (const Node *s : statements) {
    if (auto *decl = s->as<VariableDeclaration>()) {
      if (decl->kind == "var")
        continue;
      VariableKind kind = decl->kind == "let" ? VariableKind::Let : VariableKind::Const;
      for (const Node *d : decl->declarations)
        declarePattern(d->as<VariableDeclarator>()->id, scope, kind);
    } else if (auto *fn = s->as<FunctionDeclaration>()) {
      if (fn->generator || fn->isAsync)
        unsupported(fn, fn->isAsync ? "async functions" : "generators");
      auto *id = fn->id->as<Identifier>();
      if (scope == globalScope_ && functionTop) {
        scope->hoistedFunctions.push_back(fn); // a global object property
        continue;
      }
      Variable *binding = declare(scope, id->name, VariableKind::Function, id);
      binding->declaration = fn;
      references_[id] = binding;
      scope->hoistedFunctions.push_back(fn);
      if (!functionTop && !function_->strict) {
        // Annex B.3.3: in sloppy code the function is also a `var` of the enclosing function,
        // unless that would conflict with a lexical declaration.
        Scope *functionScope = function_->scope;
        auto existing = functionScope->byName.find(id->name);
        if (existing == functionScope->byName.end() || existing->second->kind == VariableKind::Var ||
            existing->second->kind == VariableKind::Function || existing->second->kind == VariableKind::Parameter)
          annexB_[fn] = existing != functionScope->byName.end() ? existing->second
                                                                : declare(functionScope, id->name, VariableKind::Var, id);
      }
    } else if (auto *cls = s->as<ClassDeclaration>()) {
      auto *id = cls->id->as<Identifier>();
      references_[id] = declare(scope, id->name, VariableKind::Class, id);
    }
    (void)functionTop;
  }
}

void ScopeAnalysis::reference(const Identifier *id) {
  for (Scope *scope = current_; scope; scope = scope->parent) {
    auto it = scope->byName.find(id->name);
    if (it != scope->byName.end()) {
      Variable *v = it->second;
      if (scope->function != function_)
        v->captured = true;
      if (writing_)
        v->assigned = true;
      if (v->kind == VariableKind::Arguments && !argumentsPropertyReads_.count(id))
        v->scope->function->argumentsEscapes = true;
      if (v->kind == VariableKind::ModuleBinding && v->name == "require" && !requireMainReads_.count(id))
        unsupported(id, "require() of modules");
      references_[id] = v;
      return;
    }
    // CommonJS: the wrapper function's own `arguments` (its five parameters) is not provided.
    if (scope == commonJSScope_ && id->name == "arguments")
      unsupported(id, "the module wrapper's arguments object");
    // CommonJS: the wrapper's exports, require, module, __filename and __dirname, bound on first
    // use (a `var` or function of the same name is the same binding; see lowering).
    if (scope == commonJSScope_ &&
        std::find(std::begin(kCommonJSBindings), std::end(kCommonJSBindings), id->name) != std::end(kCommonJSBindings)) {
      Variable *v = declare(scope, id->name, VariableKind::ModuleBinding, id);
      v->assigned = false;
      // Looked up again so the checks above apply (capture, writes, require's one allowed use).
      return reference(id);
    }
    // `arguments` of the nearest non-arrow function, created on first use.
    if (scope->isFunctionScope && id->name == "arguments" && !scope->function->isArrow &&
        scope->function->node->kind != NodeKind::Program) {
      FunctionInfo *owner = scope->function;
      if (!owner->arguments)
        owner->arguments = declare(scope, "arguments", VariableKind::Arguments, id);
      if (owner != function_)
        owner->arguments->captured = true;
      if (!argumentsPropertyReads_.count(id))
        owner->argumentsEscapes = true;
      references_[id] = owner->arguments;
      return;
    }
  }
  // A global. Those node has and kiln's runtime lacks are refused here, unless a classic script
  // declares the name itself.
  if (isUnsupportedGlobal(id->name) && !declaresGlobal(id->name))
    unsupported(id, "the global '" + std::string(id->name) + "'");
}

// Function(...) and new Function(...) through the global Function compile code from strings at
// run time, which an ahead-of-time compiler cannot do: refused here rather than failing when run.
void ScopeAnalysis::refuseCodeFromStrings(const Node *callee) {
  auto *id = callee->as<Identifier>();
  if (id && id->name == "Function" && !references_.count(id) && !declaresGlobal(id->name))
    unsupported(id, "Function() (code compiled from strings at run time)");
}

bool ScopeAnalysis::isUnsupportedGlobal(std::string_view name) {
  static const std::unordered_set<std::string_view> names = {
#define UNSUPPORTED_GLOBAL(Name) #Name,
#include "frontend/irgen/UnsupportedGlobals.def"
  };
  return names.count(name) != 0;
}

// `process.X` / `console.X` (also `?.`) naming a member node has and kiln lacks, on the global
// object of that name (the object was resolved by visit(): a global has no variable).
void ScopeAnalysis::checkUnsupportedMember(const MemberExpression *m) {
  auto *object = m->object->as<Identifier>();
  auto *property = m->property->as<Identifier>();
  if (!object || !property || m->computed || references_.count(object) || declaresGlobal(object->name))
    return;
  static const std::unordered_set<std::string_view> members = {
#define UNSUPPORTED_MEMBER(Object, Name) #Object "." #Name,
#include "frontend/irgen/UnsupportedMembers.def"
  };
  std::string name = std::string(object->name) + "." + std::string(property->name);
  if (members.count(name))
    unsupported(m, name);
}

// Script goal: the program's own top-level `var` or function declaration of `name`.
bool ScopeAnalysis::declaresGlobal(std::string_view name) const {
  if (!globalScope_)
    return false;
  const std::vector<std::string_view> &vars = globalScope_->function->globalVars;
  if (std::find(vars.begin(), vars.end(), name) != vars.end())
    return true;
  for (const Node *fn : globalScope_->hoistedFunctions)
    if (fn->as<FunctionDeclaration>()->id->as<Identifier>()->name == name)
      return true;
  return false;
}

// The function whose arguments object `node` reads a property of (`arguments[i]`, `arguments.f`:
// the nearest enclosing non-arrow function), or null when `node` is no such member expression.
FunctionInfo *ScopeAnalysis::argumentsMemberOwner(const Node *node) {
  auto *m = node->as<MemberExpression>();
  auto *id = m ? m->object->as<Identifier>() : nullptr;
  if (!id || id->name != "arguments")
    return nullptr;
  for (FunctionInfo *f = function_; f; f = f->parent)
    if (!f->isArrow)
      return f;
  return nullptr;
}

// A write through `arguments[...]`: in a sloppy function with simple parameters it writes a
// parameter too (the mapped arguments object).
void ScopeAnalysis::noteArgumentsWrite(const Node *target) {
  if (FunctionInfo *f = argumentsMemberOwner(target))
    f->argumentsElementWritten = true;
}

// A call of `arguments[i](...)` or `arguments.f(...)`: the callee gets the object as `this` and
// may write its elements.
void ScopeAnalysis::noteArgumentsEscape(const Node *callee) {
  if (FunctionInfo *f = argumentsMemberOwner(callee))
    f->argumentsEscapes = true;
}

void ScopeAnalysis::visitFunction(const Node *node, Scope *outer, FunctionInfo *outerFunction) {
  const NodeList *params;
  const Node *body;
  const Node *idNode = nullptr;
  bool isArrow = false, expressionBody = false;
  if (auto *f = node->as<FunctionDeclaration>()) {
    params = &f->params; body = f->body;
    if (f->generator || f->isAsync) unsupported(node, f->isAsync ? "async functions" : "generators");
  } else if (auto *f = node->as<FunctionExpression>()) {
    params = &f->params; body = f->body; idNode = f->id;
    if (f->generator || f->isAsync) unsupported(node, f->isAsync ? "async functions" : "generators");
  } else {
    auto *a = node->as<ArrowFunctionExpression>();
    params = &a->params; body = a->body; isArrow = true; expressionBody = a->expression;
    if (a->isAsync) unsupported(node, "async functions");
  }
  FunctionInfo &info = functionStorage_.emplace_back();
  info.node = node;
  info.parent = outerFunction;
  info.isArrow = isArrow;
  info.strict = outerFunction->strict || classDepth_ > 0;
  if (!expressionBody)
    for (const Node *s : body->as<BlockStatement>()->body) {
      auto *e = s->as<ExpressionStatement>();
      if (!e || !e->isDirective)
        break;
      if (e->directive == "use strict")
        info.strict = true;
    }
  functions_[node] = &info;

  Scope *saved = current_;
  FunctionInfo *savedFunction = function_;
  Scope *parentScope = outer;
  if (idNode) {
    // A named function expression sees its own name in a scope of its own, entered when the
    // function starts running (so it belongs to the function, not to its surroundings).
    Scope *nameScope = newScope(idNode, outer, &info, false);
    auto *id = idNode->as<Identifier>();
    references_[id] = declare(nameScope, id->name, VariableKind::SelfName, id);
    parentScope = nameScope;
  }
  Scope *scope = newScope(node, parentScope, &info, true);
  info.scope = scope;
  current_ = scope;
  function_ = &info;
  for (const Node *p : *params)
    declarePattern(p, scope, VariableKind::Parameter);
  for (const Node *p : *params)
    info.simpleParameters &= p->is<Identifier>();
  bool hasDefaults = false;
  for (const Node *p : *params)
    hasDefaults |= !p->is<Identifier>() && !(p->is<RestElement>() && p->as<RestElement>()->argument->is<Identifier>());
  if (hasDefaults)
    for (Variable *v : scope->variables)
      if (v->kind == VariableKind::Parameter)
        v->parameterTDZ = true;
  // Default values are evaluated in the function's scope, before the body's declarations exist
  // (kiln does not model the separate parameter scope; a default referring to a body `var` of
  // the same name would differ).
  for (const Node *p : *params)
    visitPattern(p);
  if (expressionBody) {
    visit(body);
  } else {
    const NodeList &statements = body->as<BlockStatement>()->body;
    for (const Node *s : statements)
      hoistVars(s, scope);
    hoistLexical(statements, scope, true);
    visitList(statements);
  }
  // Sloppy functions with simple parameters have a mapped arguments object: arguments[i] and the
  // i-th parameter are one variable. That is observable only when one of the two is written (or
  // the object escapes, where anything may write it); then the parameters live in environment
  // slots the object reads and writes. Otherwise the object is a copy, and parameters stay
  // registers.
  if (!info.strict && info.simpleParameters && info.arguments && params->size) {
    bool parameterWritten = false;
    for (Variable *v : scope->variables)
      parameterWritten |= v->kind == VariableKind::Parameter && v->assigned;
    if (parameterWritten || info.argumentsElementWritten || info.argumentsEscapes) {
      info.mappedArguments = true;
      for (Variable *v : scope->variables)
        if (v->kind == VariableKind::Parameter)
          v->captured = true;
    }
  }
  current_ = saved;
  function_ = savedFunction;
}

void ScopeAnalysis::visit(const Node *node) {
  switch (node->kind) {
  case NodeKind::Identifier:
    reference(node->as<Identifier>());
    return;
  case NodeKind::FunctionDeclaration:
    visitFunction(node, current_, function_);
    return;
  case NodeKind::FunctionExpression:
  case NodeKind::ArrowFunctionExpression:
    visitFunction(node, current_, function_);
    return;
  case NodeKind::BlockStatement: {
    Scope *scope = newScope(node, current_, function_, false);
    Scope *saved = current_;
    current_ = scope;
    hoistLexical(node->as<BlockStatement>()->body, scope, false);
    visitList(node->as<BlockStatement>()->body);
    current_ = saved;
    return;
  }
  case NodeKind::VariableDeclaration:
    for (const Node *d : node->as<VariableDeclaration>()->declarations) {
      auto *decl = d->as<VariableDeclarator>();
      if (decl->init)
        visit(decl->init);
      bool saved = writing_;
      writing_ = decl->init != nullptr; // `var f = ...` overwrites a function f
      visitPattern(decl->id);
      writing_ = saved;
    }
    return;
  case NodeKind::ForStatement: {
    auto *f = node->as<ForStatement>();
    Scope *scope = newScope(node, current_, function_, false);
    Scope *saved = current_;
    current_ = scope;
    if (auto *decl = f->init ? f->init->as<VariableDeclaration>() : nullptr) {
      if (decl->kind != "var") {
        NodeList one;
        Node *item = f->init;
        one.items = &item;
        one.size = 1;
        hoistLexical(one, scope, false);
      }
    }
    if (f->init) visit(f->init);
    if (f->test) visit(f->test);
    if (f->update) visit(f->update);
    visit(f->body);
    current_ = saved;
    return;
  }
  case NodeKind::ForInStatement:
  case NodeKind::ForOfStatement: {
    const Node *left, *right, *body;
    if (auto *f = node->as<ForInStatement>()) { left = f->left; right = f->right; body = f->body; }
    else {
      auto *o = node->as<ForOfStatement>();
      if (o->isAwait) unsupported(node, "for await");
      left = o->left; right = o->right; body = o->body;
    }
    visit(right);
    Scope *scope = newScope(node, current_, function_, false);
    Scope *saved = current_;
    current_ = scope;
    if (auto *decl = left->as<VariableDeclaration>()) {
      if (decl->kind != "var")
        declarePattern(decl->declarations[0]->as<VariableDeclarator>()->id, scope,
                       decl->kind == "let" ? VariableKind::Let : VariableKind::Const);
      visitPattern(decl->declarations[0]->as<VariableDeclarator>()->id);
    } else {
      bool saved = writing_;
      writing_ = true;
      visitPattern(left);
      writing_ = saved;
    }
    visit(body);
    current_ = saved;
    return;
  }
  case NodeKind::SwitchStatement: {
    auto *s = node->as<SwitchStatement>();
    visit(s->discriminant);
    Scope *scope = newScope(node, current_, function_, false);
    Scope *saved = current_;
    current_ = scope;
    for (const Node *c : s->cases)
      hoistLexical(c->as<SwitchCase>()->consequent, scope, false);
    for (const Node *c : s->cases) {
      auto *sc = c->as<SwitchCase>();
      if (sc->test) visit(sc->test);
      visitList(sc->consequent);
    }
    current_ = saved;
    return;
  }
  case NodeKind::TryStatement: {
    auto *t = node->as<TryStatement>();
    visit(t->block);
    if (t->handler) {
      auto *c = t->handler->as<CatchClause>();
      Scope *scope = newScope(c, current_, function_, false);
      Scope *saved = current_;
      current_ = scope;
      if (c->param) {
        declarePattern(c->param, scope, VariableKind::CatchParameter);
        visitPattern(c->param);
      }
      visit(c->body);
      current_ = saved;
    }
    if (t->finalizer) visit(t->finalizer);
    return;
  }
  case NodeKind::LabeledStatement: visit(node->as<LabeledStatement>()->body); return;
  case NodeKind::ExpressionStatement: visit(node->as<ExpressionStatement>()->expression); return;
  case NodeKind::IfStatement: {
    auto *s = node->as<IfStatement>();
    visit(s->test); visit(s->consequent);
    if (s->alternate) visit(s->alternate);
    return;
  }
  case NodeKind::WhileStatement: visit(node->as<WhileStatement>()->test); visit(node->as<WhileStatement>()->body); return;
  case NodeKind::DoWhileStatement: visit(node->as<DoWhileStatement>()->body); visit(node->as<DoWhileStatement>()->test); return;
  case NodeKind::ReturnStatement: if (auto *a = node->as<ReturnStatement>()->argument) visit(a); return;
  case NodeKind::ThrowStatement: visit(node->as<ThrowStatement>()->argument); return;
  case NodeKind::EmptyStatement:
  case NodeKind::DebuggerStatement:
  case NodeKind::BreakStatement:
  case NodeKind::ContinueStatement:
    return;
  case NodeKind::ThisExpression:
    useThis(node);
    return;
  case NodeKind::Literal:
  case NodeKind::TemplateElement:
    return;
  case NodeKind::ArrayExpression: visitList(node->as<ArrayExpression>()->elements); return;
  case NodeKind::ObjectExpression:
    for (const Node *p : node->as<ObjectExpression>()->properties) {
      if (auto *prop = p->as<Property>()) {
        if (prop->computed) visit(prop->key);
        visit(prop->value);
        if (prop->method || prop->kind != "init") {
          // Methods may use super: their FunctionInfo needs no change; super is found via the
          // home object the runtime records.
        }
      } else {
        visit(p->as<SpreadElement>()->argument);
      }
    }
    return;
  case NodeKind::SpreadElement: visit(node->as<SpreadElement>()->argument); return;
  case NodeKind::UnaryExpression:
    if (node->as<UnaryExpression>()->op == "delete")
      noteArgumentsWrite(node->as<UnaryExpression>()->argument);
    visit(node->as<UnaryExpression>()->argument);
    return;
  case NodeKind::UpdateExpression: {
    const Node *target = node->as<UpdateExpression>()->argument;
    noteArgumentsWrite(target);
    bool saved = writing_;
    writing_ = target->is<Identifier>();
    visit(target);
    writing_ = saved;
    return;
  }
  case NodeKind::BinaryExpression:
    visit(node->as<BinaryExpression>()->left); visit(node->as<BinaryExpression>()->right); return;
  case NodeKind::PrivateIdentifier: {
    auto *pid = node->as<PrivateIdentifier>();
    std::string name = "#" + std::string(pid->name);
    for (Scope *scope = current_; scope; scope = scope->parent) {
      auto it = scope->byName.find(name);
      if (it != scope->byName.end()) {
        if (scope->function != function_)
          it->second->captured = true;
        privateReferences_[pid] = it->second;
        return;
      }
    }
    unsupported(node, "this private name");
  }
  case NodeKind::LogicalExpression: visit(node->as<LogicalExpression>()->left); visit(node->as<LogicalExpression>()->right); return;
  case NodeKind::AssignmentExpression: {
    auto *a = node->as<AssignmentExpression>();
    bool saved = writing_;
    writing_ = true;
    visitPattern(a->left);
    writing_ = saved;
    visit(a->right);
    return;
  }
  case NodeKind::ConditionalExpression: {
    auto *c = node->as<ConditionalExpression>();
    visit(c->test); visit(c->consequent); visit(c->alternate);
    return;
  }
  case NodeKind::CallExpression: {
    auto *c = node->as<CallExpression>();
    if (c->callee->is<Super>()) {
      useThis(c);
      if (function_->isArrow) {
        // super() in an arrow constructs with the enclosing constructor's function and new.target.
        FunctionInfo *owner = function_;
        while (owner->isArrow)
          owner = owner->parent;
        if (!owner->calleeBinding)
          owner->calleeBinding = declare(owner->scope, "%callee", VariableKind::This, c);
        if (!owner->newTargetBinding)
          owner->newTargetBinding = declare(owner->scope, "%newtarget", VariableKind::This, c);
        owner->calleeBinding->captured = owner->newTargetBinding->captured = true;
      }
    } else {
      noteArgumentsEscape(c->callee);
      visit(c->callee);
      refuseCodeFromStrings(c->callee);
    }
    visitList(c->arguments);
    return;
  }
  case NodeKind::NewExpression:
    visit(node->as<NewExpression>()->callee);
    refuseCodeFromStrings(node->as<NewExpression>()->callee);
    visitList(node->as<NewExpression>()->arguments);
    return;
  case NodeKind::MemberExpression: {
    auto *m = node->as<MemberExpression>();
    if (m->object->is<Super>()) {
      useSuperProperty(m);
    } else {
      if (auto *id = m->object->as<Identifier>(); id && id->name == "arguments" && !writing_)
        argumentsPropertyReads_.insert(id);
      if (auto *id = m->object->as<Identifier>(); id && id->name == "require" && !m->computed && !writing_)
        if (auto *p = m->property->as<Identifier>(); p && p->name == "main")
          requireMainReads_.insert(id);
      visit(m->object);
      checkUnsupportedMember(m);
    }
    if (m->computed || m->property->is<PrivateIdentifier>()) visit(m->property);
    return;
  }
  case NodeKind::ChainExpression: visit(node->as<ChainExpression>()->expression); return;
  case NodeKind::SequenceExpression: visitList(node->as<SequenceExpression>()->expressions); return;
  case NodeKind::TemplateLiteral: visitList(node->as<TemplateLiteral>()->expressions); return;
  case NodeKind::ClassDeclaration:
  case NodeKind::ClassExpression: visitClass(node); return;
  case NodeKind::TaggedTemplateExpression:
    noteArgumentsEscape(node->as<TaggedTemplateExpression>()->tag);
    visit(node->as<TaggedTemplateExpression>()->tag);
    visitList(node->as<TaggedTemplateExpression>()->quasi->as<TemplateLiteral>()->expressions);
    return;
  case NodeKind::YieldExpression: unsupported(node, "generators");
  case NodeKind::AwaitExpression: unsupported(node, "await");
  case NodeKind::MetaProperty:
    if (node->as<MetaProperty>()->meta->as<Identifier>()->name == "import")
      unsupported(node, "import.meta");
    if (function_->isArrow) {
      // Like `this`: the new.target of the nearest non-arrow function, captured.
      FunctionInfo *owner = function_;
      while (owner->isArrow)
        owner = owner->parent;
      if (!owner->newTargetBinding)
        owner->newTargetBinding = declare(owner->scope, "%newtarget", VariableKind::This, node);
      owner->newTargetBinding->captured = true;
    }
    return;
  case NodeKind::ImportExpression: unsupported(node, "dynamic import");
  case NodeKind::WithStatement:
    throw UnsupportedError{node->start, "'with' statements cannot be compiled ahead of time; rewrite "
                                        "using an explicit object"};
  case NodeKind::ImportDeclaration:
  case NodeKind::ExportNamedDeclaration:
  case NodeKind::ExportDefaultDeclaration:
  case NodeKind::ExportAllDeclaration: unsupported(node, "import and export declarations (linking modules)");
  default: unsupported(node, std::string("'") + nodeKindName(node->kind) + "'");
  }
}

} // namespace kiln::irgen
