// What node's CommonJS wrapper gives the main module: its `module` object and `require`.
//
// `module` has the own properties node's has, in node's order, including its three symbol-keyed
// flags, so inspecting it prints what node prints. `require` only serves `require.main === module`:
// the compiler refuses every other use of it until kiln links modules.
#include "Builtins.h"

namespace kiln::rt {

namespace {

// node_modules directories node would search from `directory`, innermost first.
Array *nodeModulesPaths(std::string directory) {
  Array *paths = newArray(0);
  while (true) {
    if (directory.size() < 13 || directory.compare(directory.size() - 13, 13, "/node_modules") != 0)
      arrayPush(paths, cellValue(newStringFromUTF8((directory == "/" ? "" : directory) + "/node_modules")));
    size_t slash = directory.rfind('/');
    if (directory == "/" || slash == std::string::npos) break;
    directory = slash == 0 ? "/" : directory.substr(0, slash);
  }
  return paths;
}

Result<Value> requireModule(const CallArgs &) {
  return throwError(ErrorKind::Error, "require() of modules is not supported by kiln yet");
}

}  // namespace

}  // namespace kiln::rt

using namespace kiln::rt;

extern "C" uint64_t kiln_commonjs_module(uint64_t exports, uint64_t filename) {
  std::string path = toUTF8(asString(filename));
  size_t slash = path.rfind('/');
  std::string directory = slash == std::string::npos ? "." : slash == 0 ? "/" : path.substr(0, slash);
  Object *module = newObject(realm.objectPrototype);
  defineOwnProperty(module, internUTF8("id"), cellValue(internUTF8(".")));
  defineOwnProperty(module, internUTF8("path"), cellValue(newStringFromUTF8(directory)));
  defineOwnProperty(module, internUTF8("exports"), exports);
  defineOwnProperty(module, internUTF8("filename"), filename);
  defineOwnProperty(module, internUTF8("loaded"), ValueFalse);
  defineOwnProperty(module, internUTF8("children"), cellValue(newArray(0)));
  defineOwnProperty(module, internUTF8("paths"), cellValue(nodeModulesPaths(directory)));
  const std::pair<const char *, Value> flags[] = {
      {"kIsMainSymbol", ValueTrue}, {"kIsCachedByESMLoader", ValueFalse}, {"kIsExecuting", ValueTrue}};
  for (const auto &[name, value] : flags)
    defineOwnProperty(module, PropertyKey::fromCell(cellValue(newSymbol(cellValue(internUTF8(name))))), value);
  return cellValue(module);
}

extern "C" uint64_t kiln_commonjs_require(uint64_t module) {
  Function *require = newNativeFunction(&nativeEntry<requireModule>, internUTF8("require"), 1);
  defineOwnProperty(require, internUTF8("main"), module);
  return cellValue(require);
}
