// Locals that type inference proves to be numbers live unboxed (at -O2); these are the cases where
// that could go wrong: counters that leave the int32 range, -0 and NaN kept in a local, locals
// that sometimes hold something else, reads before the first assignment, variables captured by
// closures (which live in environments, boxed), and values read by a catch block.
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function counters(limit) {
  let steps = 0;
  for (let i = 2147483645; i < limit; i++) {
    steps++;
    console.log(i, i + 1, i * 2, i | 0, i % 7);
  }
  let down = -2147483646;
  while (down > -2147483651) down -= 1;
  let big = 1;
  for (let k = 0; k < 70; k++) big = big * 2;
  let fraction = 0;
  for (let k = 0; k < 10; k++) fraction = fraction + 0.1;
  console.log(steps, down, big, fraction, fraction === 1, big + 1 === big);
}
counters(2147483650);

function specialValues(one) {
  let z = -0 * one;
  let n = z / z;
  let inf = one / z;
  console.log(Object.is(z, -0), z, 1 / z, n, n === n, inf, -inf, inf - inf, z + 0, 1 / (z + 0));
  let m = 5 % one;
  m = -m;
  console.log(Object.is(m, -0), [m], `${m}`, String(m), m.toString());
}
specialValues(1);

function sometimesNotANumber(flag) {
  let v = 1;
  if (flag) v = 'one';
  let w = 10;
  w = w + 1;
  w = flag ? null : w;
  let x = 'start';
  x = 3; // the string is never read: x is a number wherever it is read
  console.log(v + 1, w + 1, x + 1, typeof v, typeof w, typeof x);
}
sometimesNotANumber(true);
sometimesNotANumber(false);

function readsBeforeAssignment(count) {
  var total;
  console.log(total, total + 1);
  for (var k = 0; k < count; k++) total = (total || 0) + k;
  console.log(total);
  var never;
  if (count < 0) never = 1;
  console.log(never, typeof never, never + 1);
  try {
    console.log(late + 1);
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
  let late = 2;
  return late;
}
readsBeforeAssignment(4);
readsBeforeAssignment(0);

function captured(times) {
  let count = 0;
  const bump = () => { count += 0.5; return count; };
  let seen = 0;
  for (let k = 0; k < times; k++) seen = seen + bump();
  let later = 1;
  const read = () => later;
  later = 'changed';
  const closures = [];
  for (let k = 0; k < 3; k++) closures.push(() => k * 10);
  console.log(count, seen, read(), closures.map((f) => f()));
}
captured(5);

function readInCatch() {
  let x = 1;
  try {
    x = 'thrown with a string inside';
    throw 0;
  } catch (e) {
    console.log(x + 1);
  }
  let y = 'text';
  try {
    y = 2;
    throw 0;
  } catch (e) {
    console.log(y + 1);
  }
  let z = 0;
  for (let k = 0; k < 3; k++) {
    try {
      z = z + 1;
      if (k === 1) throw new Error('at ' + z);
      z = z * 10;
    } catch (e) {
      console.log(e.message, z);
    }
  }
  console.log(z);
}
readInCatch();

try {
  console.log(+10n);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
