// 'await' and 'arguments' are usable inside ordinary functions nested in a static block; 'await' also in arrow bodies
// RUN: %astdiff %s

class C {
  static {
    function f(await) { return arguments; }
    const g = function () { var await; return arguments[0]; };
    async function h() { await 1; }
    const arrow = () => { var await; return await; };
    const concise = () => await;
  }
}
