// spreading a non-iterable into a call, new or array literal throws a TypeError that can be caught
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function f() {
  return 'not reached';
}
const attempts = [
  ['call with an object', () => f(...{ length: 2 })],
  ['call with undefined', () => f(...undefined)],
  ['new with a number', () => new f(...5)],
  ['array literal with null', () => [...null]],
  ['array literal with a number', () => [1, ...2]],
];
for (const [label, attempt] of attempts) {
  try {
    attempt();
    console.log(label + ': no error');
  } catch (e) {
    console.log(label + ': ' + e.name);
  }
}
console.log(f(...'ok'), f(...[]));
