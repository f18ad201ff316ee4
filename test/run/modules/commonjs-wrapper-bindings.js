// A .js file is CommonJS module code: node's wrapper binds exports (this), module, __filename and
// __dirname, and require.main is the module; `var` and function declarations of those names are
// the same bindings (commonjs-wrapper-redeclarations.js), `let` shadows them, closures see them.
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s
console.log(module.id, module.filename === __filename, module.exports === exports, exports === this);
console.log(require.main === module, module.loaded, module.children, typeof __dirname);
console.log(__filename.endsWith('commonjs-wrapper-bindings.js'), __filename.startsWith(__dirname + '/'));
console.log(module.paths[0] === __dirname + '/node_modules', module.paths[module.paths.length - 1]);
console.log(Object.keys(module));
exports.answer = 42;
function readLater() { return [typeof module, module.exports.answer, exports === module.exports]; }
console.log(readLater());
module.exports = { replaced: true };
console.log(readLater(), exports);
{
  let exports = 'shadowed';
  console.log(exports);
}
console.log(module);
