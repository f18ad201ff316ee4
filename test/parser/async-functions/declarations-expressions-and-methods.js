// async functions in every position: declaration, named and anonymous expression, object and class methods
// RUN: %astdiff %s

async function declared(a, b = 1, ...rest) {
  await a;
  return await b;
}
const named = async function inner() { await 0; };
const anonymous = async function () {};
const object = {
  async method() { await this; },
  async 'quoted'() {},
  async [computed]() {},
  async 0() {},
};
class C {
  async method() {}
  static async staticMethod() { await 1; }
}
