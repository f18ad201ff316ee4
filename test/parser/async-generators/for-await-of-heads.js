// every left-hand side a 'for await' head accepts, inside async functions and async generators
// RUN: %astdiff %s

async function f() {
  for await (const x of xs) {}
  for await (let [a, b] of pairs) {}
  for await (var { p } of objects);
  for await (target.property of xs);
  for await (x of xs) for await (y of x) {}
  for await (async of xs);
}
async function* g() {
  for await (const chunk of stream) yield chunk;
}
