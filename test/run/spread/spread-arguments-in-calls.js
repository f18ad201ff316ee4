// f(...args) passes each element as a separate argument, mixable with ordinary arguments
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function show(a, b, c, d) {
  return [a, b, c, d].join('|') + ' (' + arguments.length + ' args)';
}
const args = [1, 2];
console.log(show(...args));
console.log(show(0, ...args));
console.log(show(...args, 3, ...args));
console.log(show(...'xy', ...new Set(['s'])));
console.log(show(...[]));
console.log(Math.max(...[4, 9, 2]), Math.min(...[4, 9, 2]));
console.log(Math.max(...[]));
const nums = [];
for (let i = 0; i < 1000; i++) nums.push(i % 97);
console.log(Math.max(...nums));
const arrow = (...all) => all.length;
console.log(arrow(...nums, ...nums));
