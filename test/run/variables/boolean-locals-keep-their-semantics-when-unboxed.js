// Locals that type inference proves to be booleans live as i1s (at -O2); they must still print,
// compare and convert like booleans, and locals that sometimes hold something else (or are read
// before they are assigned, or are captured) stay boxed.
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function flags(limit) {
  let found = false;
  let k = 0;
  while (!found && k < 100) {
    found = k * k > limit;
    k++;
  }
  let toggled = true;
  for (let n = 0; n < 5; n++) toggled = !toggled;
  const same = found === toggled, loose = found == 1;
  console.log(found, toggled, same, loose, found + 1, `${found}`, [found, toggled], typeof found, String(toggled));
  return found ? k : -k;
}
console.log(flags(20), flags(20000));

function sometimesNot(flag) {
  let b = true;
  if (flag) b = 0;
  let early;
  if (!flag) early = false;
  let captured = false;
  const set = () => { captured = !captured; };
  set();
  console.log(b, !b, b ? 'truthy' : 'falsy', early, !early, captured);
}
sometimesNot(true);
sometimesNot(false);

function fromGeneric(values) {
  let all = true;
  for (let n = 0; n < values.length; n++) all = all && values[n] > 0;
  let any = false;
  for (let n = 0; n < values.length; n++) any = values[n] > 5 || any;
  console.log(all, any);
}
fromGeneric([1, 2, 3]);
fromGeneric([1, -2, 9]);
