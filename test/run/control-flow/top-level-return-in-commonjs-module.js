// node runs a .js file as the body of its CommonJS wrapper function: `return` at the top level
// ends the module early, and `new.target` is allowed there (undefined).
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s
console.log('start', new.target);
if (process.argv.length > 1) {
  console.log('returning');
  return;
}
console.log('never printed');
