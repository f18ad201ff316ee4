// 'await' takes a unary operand: it binds tighter than binary operators and nests
// RUN: %astdiff %s

async function f() {
  await x + await y;
  await await x;
  (await x) ** 2;
  await x.y();
  await new Promise(r => r());
  -await x;
  typeof await x;
  await (a, b);
  `${await x}`;
  return await x ? await y : await z;
}
