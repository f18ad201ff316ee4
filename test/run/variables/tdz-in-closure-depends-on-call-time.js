// a closure may mention a let declared after it; it throws only if called before the declaration runs
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function readConfig() {
  return config;
}
try {
  readConfig();
} catch (e) {
  console.log('too early:', e.message);
}
let config = 'ready';
console.log('after declaration:', readConfig());

function makeGetter() {
  const get = function () { return secret; };
  try {
    get();
  } catch (e) {
    console.log('inner too early:', e.message);
  }
  const secret = 42;
  return get;
}
console.log(makeGetter()());
