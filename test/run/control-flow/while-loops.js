// while re-checks its condition before every iteration, and break/continue leave or skip ahead
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var n = 27;
var steps = 0;
while (n !== 1) {
  n = n % 2 === 0 ? n / 2 : 3 * n + 1;
  steps++;
}
console.log('collatz steps', steps);
var i = 0;
var odd = '';
while (i < 10) {
  i++;
  if (i % 2 === 0) continue;
  if (i > 7) break;
  odd += i;
}
console.log(odd, i);
var never = 0;
while (false) never++;
console.log(never);
var k = 3;
while (k--) console.log('k', k);
console.log('after', k);
