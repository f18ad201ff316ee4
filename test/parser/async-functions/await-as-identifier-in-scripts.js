// in scripts, outside async functions and static blocks, 'await' is an ordinary identifier
// RUN: %astdiff %s

var await = 1;
await += 1;
function awaitParameter(await) { return await; }
function await() {}
({ await });
await: for (;;) break await;
async function outer() {
  function inner(await) { var await; return await; }
}
const arrow = await => await;
