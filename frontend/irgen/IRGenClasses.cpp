// AST -> IR lowering of classes: ClassDefinitionEvaluation, `this` in derived constructors,
// super calls and super properties, private names.
//
// A class evaluates to its constructor function. The runtime's ClassSetup links the prototype
// chains; methods are defined non-enumerable with their home object. Instance fields (and their
// initialisers) form one function of their own, stored in the class scope as `%fields` and
// called with the new object as `this` by the constructor: first thing for a base class, right
// after super() returns for a derived one. Every static field and static block is a function too,
// called with the class as `this` once the class binding is initialised. A derived constructor's
// `this` is a variable that starts uninitialised and is set by super().
#include "frontend/irgen/Lowering.h"

namespace kiln::irgen {

ir::Value *Lowering::privateNameValue(const PrivateIdentifier *id) {
  Variable *v = analysis_.resolvePrivate(id);
  if (!v)
    unsupported(id, "this private name");
  return readVariableRaw(v);
}

ir::Value *Lowering::readThis(const Node *at) {
  FunctionInfo *owner = state_->info;
  while (owner->isArrow)
    owner = owner->parent;
  if (owner == state_->info && !owner->isDerivedConstructor) {
    if (script_ && owner->node->is<Program>())
      return emit(Opcode::GlobalObject); // a Script's `this` is the global object
    if (kind_ == ProgramKind::Module && owner->node->is<Program>())
      return module_.undefined(); // a module's `this` is undefined
    return emit(Opcode::GetThis);
  }
  ir::Value *value = readVariableRaw(owner->thisBinding);
  if (owner->isDerivedConstructor) {
    BasicBlock *uninitialised = newBlock(), *ok = newBlock();
    condBranch(emit(Opcode::IsEmpty, {value}), uninitialised, ok);
    setBlock(uninitialised);
    Instruction *t = emit(Opcode::ThrowThisUninitialized);
    locate(t, at);
    emit(Opcode::Unreachable);
    setBlock(ok);
  }
  return value;
}

ir::Value *Lowering::superCall(const CallExpression *c) {
  FunctionInfo *info = state_->info;
  while (info->isArrow) // super() in an arrow acts for the enclosing constructor
    info = info->parent;
  if (!info->isDerivedConstructor)
    unsupported(c, "super() outside a derived class constructor");
  bool direct = info == state_->info;
  ir::Value *args = buildArray(c->arguments, true);
  ir::Value *active = direct ? static_cast<ir::Value *>(emit(Opcode::GetCallee)) : readVariableRaw(info->calleeBinding);
  ir::Value *newTarget = direct ? static_cast<ir::Value *>(emit(Opcode::GetNewTarget)) : readVariableRaw(info->newTargetBinding);
  Instruction *object = emit(Opcode::SuperConstruct, {active, args, newTarget});
  locate(object, c);
  // super() may run only once.
  BasicBlock *twice = newBlock(), *first = newBlock();
  condBranch(emit(Opcode::IsEmpty, {readVariableRaw(info->thisBinding)}), first, twice);
  setBlock(twice);
  Instruction *t = emit(Opcode::ThrowSuperCalledTwice);
  locate(t, c);
  emit(Opcode::Unreachable);
  setBlock(first);
  writeVariableRaw(info->thisBinding, object);
  initializeFields(object, info);
  return object;
}

ir::Value *Lowering::superProperty(const MemberExpression *m, ir::Value **thisOut) {
  FunctionInfo *owner = state_->info;
  while (owner->isArrow)
    owner = owner->parent;
  ir::Value *home = readVariableRaw(owner->homeBinding);
  ir::Value *self = readThis(m);
  ir::Value *key = m->computed ? unary(UnaryOperator::ToPropertyKey, expression(m->property)) : memberKey(m);
  if (thisOut)
    *thisOut = self;
  Instruction *get = emit(Opcode::SuperGet, {home, key, self});
  locate(get, m);
  return get;
}

ir::Value *Lowering::classDefinition(const Node *node, std::string_view name) {
  const ClassInfo *info = analysis_.classOf(node);
  const Node *superClassNode;
  const ClassBody *body;
  if (auto *c = node->as<ClassDeclaration>()) {
    superClassNode = c->superClass;
    body = c->body->as<ClassBody>();
  } else {
    auto *e = node->as<ClassExpression>();
    superClassNode = e->superClass;
    body = e->body->as<ClassBody>();
  }
  enterScope(info->scope);
  // Private names are created anew for every evaluation of the class.
  for (Variable *v : info->scope->variables)
    if (!v->name.empty() && v->name[0] == '#')
      writeVariableRaw(v, emit(Opcode::PrivateNameNew, {str(v->name)}));

  ir::Value *superClass = superClassNode ? expression(superClassNode) : static_cast<ir::Value *>(module_.empty());
  ir::Value *constructor = createClosure(info->constructor ? info->constructor : node, name, false, node);
  Instruction *prototype = emit(Opcode::ClassSetup, {constructor, superClass});
  locate(prototype, node);

  // Methods, getters and setters, and computed field names, in order.
  for (const Node *e : body->body) {
    if (Variable *key = analysis_.computedFieldKey(e)) {
      writeVariableRaw(key, unary(UnaryOperator::ToPropertyKey, expression(e->as<PropertyDefinition>()->key)));
      continue;
    }
    auto *m = e->as<MethodDefinition>();
    if (!m || m->kind == "constructor")
      continue;
    ir::Value *target = m->isStatic ? constructor : static_cast<ir::Value *>(prototype);
    std::string methodName;
    if (auto *id = m->key->as<Identifier>(); id && !m->computed)
      methodName = std::string(id->name);
    else if (auto *lit = m->key->as<Literal>(); lit && lit->literalKind == LiteralKind::String)
      methodName = std::string(lit->string);
    else if (auto *pid = m->key->as<PrivateIdentifier>())
      methodName = "#" + std::string(pid->name);
    if (m->kind == "get") methodName = "get " + methodName;
    else if (m->kind == "set") methodName = "set " + methodName;
    if (auto *pid = m->key->as<PrivateIdentifier>()) {
      ir::Value *fn = createClosure(m->value, module_.string(methodName)->string, true, m);
      if (!m->isStatic) { // installed on each instance by the field initializer
        writeVariableRaw(analysis_.privateMethodBinding(m), fn);
      } else if (m->kind == "method") {
        emit(Opcode::PrivateDefine, {target, privateNameValue(pid), fn});
      } else {
        Instruction *define = emit(Opcode::DefineMethod, {target, privateNameValue(pid), fn});
        define->index = m->kind == "get" ? 1 : 2;
      }
      continue;
    }
    ir::Value *key = propertyKey(m->key, m->computed);
    ir::Value *fn = createClosure(m->value, module_.string(methodName)->string, true, m);
    Instruction *define = emit(Opcode::DefineMethod, {target, key, fn});
    define->index = m->kind == "get" ? 1 : m->kind == "set" ? 2 : 0;
    define->strict = false; // class methods are not enumerable
  }
  if (info->fieldInitializer) {
    ir::Value *fields = createClosure(body, "", true);
    emit(Opcode::SetHomeObject, {fields, prototype}); // super.x in field initializers
    writeVariableRaw(info->fieldInitializer, fields);
  }
  if (info->innerName)
    writeVariableRaw(info->innerName, constructor);
  // Static fields and blocks, in order, with the class as `this`.
  for (const Node *e : body->body) {
    auto *field = e->as<PropertyDefinition>();
    if ((field && field->isStatic) || e->is<StaticBlock>()) {
      ir::Value *initializer = createClosure(e, "", true);
      emit(Opcode::SetHomeObject, {initializer, constructor}); // super.x in static elements
      Instruction *call = emit(Opcode::Call, {initializer, constructor});
      locate(call, e);
    }
  }
  exitScope(info->scope);
  return constructor;
}

} // namespace kiln::irgen
