// Scope analysis for lowering: which variables each scope declares, what every identifier refers
// to, and which variables are captured by an inner function (those live in heap environments;
// the others become stack slots that LLVM promotes to registers).
//
// The analysis mirrors the spec's environment records: a function scope (parameters, `var`s and
// top-level function declarations), a block scope per block, `for` head, `switch` and `catch`
// clause that declares lexical names, and a scope holding a named function expression's own name.
// It runs once over the AST before lowering; lowering walks the same tree and looks scopes up by
// the node that opened them.
#pragma once
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "frontend/ast/AST.h"

namespace kiln::irgen {

struct Scope;
struct FunctionInfo;

/// ModuleBinding: one of CommonJS's wrapper parameters (exports, require, module, __filename,
/// __dirname) that the program uses without declaring it.
enum class VariableKind : uint8_t { Var, Let, Const, Class, Function, Parameter, CatchParameter, SelfName, Arguments, This, ModuleBinding };

/// The names node's CommonJS wrapper function binds around a module's code.
inline constexpr std::string_view kCommonJSBindings[] = {"exports", "require", "module", "__filename", "__dirname"};

struct Variable {
  std::string_view name;
  VariableKind kind;
  Scope *scope = nullptr;
  bool captured = false;
  /// Written after its declaration (assignment, update, for-in/of target, a `var` initialiser,
  /// a second declaration): a function binding that is never written always holds the closure of
  /// its declaration, so calls through it can be direct.
  bool assigned = false;
  /// For a function binding: the FunctionDeclaration that initialises it.
  const ast::Node *declaration = nullptr;
  /// A parameter of a function with default values: parameters are initialised left to right,
  /// and reading one before its turn (`function (a = b, b) {}`) is a TDZ error.
  bool parameterTDZ = false;
  // Assigned by lowering: an environment slot (captured) or a stack slot.
  uint32_t environmentIndex = 0;
  void *stackSlot = nullptr;

  /// let, const and class bindings start uninitialised (TDZ).
  bool hasTDZ() const {
    return kind == VariableKind::Let || kind == VariableKind::Const || kind == VariableKind::Class ||
           parameterTDZ;
  }
  bool isConstant() const { return kind == VariableKind::Const || kind == VariableKind::SelfName; }
};

struct Scope {
  Scope *parent = nullptr;
  FunctionInfo *function = nullptr;
  const ast::Node *node = nullptr;
  bool isFunctionScope = false;
  std::vector<Variable *> variables;
  std::unordered_map<std::string_view, Variable *> byName;
  /// Number of captured variables: the size of this scope's environment (0: no environment).
  uint32_t environmentSize = 0;
  /// Function declarations to instantiate when the scope is entered (hoisting).
  std::vector<const ast::Node *> hoistedFunctions;
};

struct FunctionInfo {
  const ast::Node *node = nullptr; // Program or a function node
  FunctionInfo *parent = nullptr;
  Scope *scope = nullptr;          // the function scope
  bool isArrow = false;
  bool strict = false;
  Variable *arguments = nullptr;   // set when the body uses `arguments`
  bool argumentsElementWritten = false; // arguments[i] = ..., ++arguments[i], delete arguments[i]
  /// `arguments` used other than as `arguments[i]` / `arguments.x` read: passed, spread, called on.
  bool argumentsEscapes = false;
  /// Every parameter is a plain identifier (no defaults, patterns or rest).
  bool simpleParameters = true;
  /// The arguments object is mapped (sloppy mode, simple parameters, and aliasing observable):
  /// the parameters live in environment slots that the object's elements read and write.
  bool mappedArguments = false;
  Variable *thisBinding = nullptr; // set when an arrow inside uses `this`, and in derived constructors
  Variable *homeBinding = nullptr; // set when the function (or an arrow inside) uses super.x
  Variable *newTargetBinding = nullptr; // set when an arrow inside uses new.target
  Variable *calleeBinding = nullptr;    // set when an arrow inside calls super()
  /// Script goal, top-level code: the `var` names, which are global object properties.
  std::vector<std::string_view> globalVars;
  // Classes: constructors know their class, to run its instance field initializer.
  bool isClassConstructor = false;
  bool isDerivedConstructor = false;
  const ast::Node *classNode = nullptr;  // ClassDeclaration / ClassExpression
};

/// What lowering needs to know about one class.
struct ClassInfo {
  Scope *scope = nullptr;              // holds the inner name binding and the private names
  Variable *innerName = nullptr;       // the class's own name inside its body (may be null)
  Variable *fieldInitializer = nullptr; // the instance-field initializer function, when any
  const ast::Node *constructor = nullptr; // the constructor's FunctionExpression, or null
};

class ScopeAnalysis {
public:
  /// Analyses `program` (compiled as a function body: CommonJS module code). Throws
  /// UnsupportedError for constructs lowering does not handle yet.
  /// `script`: compile as a classic Script (global code): top-level `var` and function
  /// declarations are properties of the global object, not variables.
  void run(const ast::Program *program, bool script = false, bool module = false);

  Scope *scopeOf(const ast::Node *node) const {
    auto it = scopes_.find(node);
    return it == scopes_.end() ? nullptr : it->second;
  }
  FunctionInfo *functionOf(const ast::Node *node) const {
    auto it = functions_.find(node);
    return it == functions_.end() ? nullptr : it->second;
  }
  /// Annex B.3.3: the function-level `var` binding that a sloppy-mode function declaration in a
  /// block also assigns when it is evaluated, or null.
  Variable *annexBBinding(const ast::Node *functionDeclaration) const {
    auto it = annexB_.find(functionDeclaration);
    return it == annexB_.end() ? nullptr : it->second;
  }
  const ClassInfo *classOf(const ast::Node *classNode) const {
    auto it = classes_.find(classNode);
    return it == classes_.end() ? nullptr : &it->second;
  }
  /// A private instance method's closure, created once per class evaluation and installed on
  /// every instance by the field initializer: the class-scope variable holding it.
  Variable *privateMethodBinding(const ast::Node *methodDefinition) const {
    auto it = privateMethods_.find(methodDefinition);
    return it == privateMethods_.end() ? nullptr : it->second;
  }
  /// A computed field name (`[expr] = value`), evaluated once when the class is defined: the
  /// class-scope variable holding the property key.
  Variable *computedFieldKey(const ast::Node *propertyDefinition) const {
    auto it = computedFieldKeys_.find(propertyDefinition);
    return it == computedFieldKeys_.end() ? nullptr : it->second;
  }
  /// The variable holding a private name (#x) at a use or declaration.
  Variable *resolvePrivate(const ast::PrivateIdentifier *id) const {
    auto it = privateReferences_.find(id);
    return it == privateReferences_.end() ? nullptr : it->second;
  }
  /// The variable an identifier (reference or declaration) denotes, or null for a global.
  Variable *resolve(const ast::Identifier *id) const {
    auto it = references_.find(id);
    return it == references_.end() ? nullptr : it->second;
  }

private:
  Scope *newScope(const ast::Node *node, Scope *parent, FunctionInfo *function, bool isFunctionScope);
  Variable *declare(Scope *scope, std::string_view name, VariableKind kind, const ast::Node *at);
  void visitFunction(const ast::Node *node, Scope *outer, FunctionInfo *outerFunction);
  void hoistVars(const ast::Node *node, Scope *functionScope);
  void hoistLexical(const ast::NodeList &statements, Scope *scope, bool functionTop);
  void declarePattern(const ast::Node *pattern, Scope *scope, VariableKind kind);
  void visit(const ast::Node *node);
  void visitList(const ast::NodeList &list) {
    for (const ast::Node *n : list)
      if (n)
        visit(n);
  }
  void reference(const ast::Identifier *id);
  FunctionInfo *argumentsMemberOwner(const ast::Node *node);
  static bool isUnsupportedGlobal(std::string_view name);
  void refuseCodeFromStrings(const ast::Node *callee);
  void checkUnsupportedMember(const ast::MemberExpression *m);
  bool declaresGlobal(std::string_view name) const;
  void noteArgumentsWrite(const ast::Node *target);
  void noteArgumentsEscape(const ast::Node *expression);
  void visitPattern(const ast::Node *pattern);
  void visitClass(const ast::Node *node);
  template <typename F> void inInitializer(const ast::Node *functionNode, const ast::Node *scopeNode, F &&body);
  FunctionInfo *newFunctionInfo(const ast::Node *node, FunctionInfo *parent, bool isArrow);
  void useThis(const ast::Node *at);
  void useSuperProperty(const ast::Node *at);

  std::deque<Scope> scopeStorage_;
  std::deque<FunctionInfo> functionStorage_;
  std::deque<Variable> variableStorage_;
  std::unordered_map<const ast::Node *, Scope *> scopes_;
  std::unordered_map<const ast::Node *, FunctionInfo *> functions_;
  std::unordered_map<const ast::Identifier *, Variable *> references_;
  std::unordered_map<const ast::Node *, Variable *> annexB_;
  std::unordered_map<const ast::Node *, ClassInfo> classes_;
  std::unordered_map<const ast::PrivateIdentifier *, Variable *> privateReferences_;
  std::unordered_map<const ast::Node *, Variable *> privateMethods_;
  std::unordered_map<const ast::Node *, Variable *> computedFieldKeys_;
  std::deque<std::string> names_; // storage for synthesized names ("#x")
  /// `arguments` identifiers that are the object of a property read (cannot write the object).
  std::unordered_set<const ast::Identifier *> argumentsPropertyReads_;
  /// `require` in `require.main`, the one use of the wrapper's require that works without modules.
  std::unordered_set<const ast::Identifier *> requireMainReads_;
  /// CommonJS module code: the wrapper's bindings are visible in the program's scope.
  Scope *commonJSScope_ = nullptr;
  Scope *current_ = nullptr;
  int classDepth_ = 0; // inside a class body: all code is strict
  bool writing_ = false; // resolving the targets of a write
  Scope *globalScope_ = nullptr; // script goal: the top-level scope whose vars are global
  FunctionInfo *function_ = nullptr;
};

/// A construct that is valid JavaScript but that kiln does not compile yet (exit status 3).
struct UnsupportedError {
  uint32_t offset;
  std::string message;
};

} // namespace kiln::irgen
