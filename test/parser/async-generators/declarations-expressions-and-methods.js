// async generators as declarations, expressions and methods, with yield, yield* and await together
// RUN: %astdiff %s

async function* gen() {
  yield 1;
  yield* other();
  await x;
  yield await y;
  const received = yield;
}
const expression = async function* () {};
const named = async function* inner() { yield inner; };
const object = { async *method() { yield; }, async *[key]() {}, async *'quoted'() {} };
class C {
  async *method() {}
  static async *staticGen() { yield* this; }
}
