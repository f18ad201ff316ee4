// A local binding named process or console is the program's own object: its members are not
// checked against node's process/console (only the globals' are, see UnsupportedMembers.def).
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function schedule(process, f) {
  return process.nextTick(f);
}
const console2 = console;
{
  const console = { profile: (s) => console2.log('profile', s), table: (t) => console2.log('table', t.length) };
  console.profile('x');
  console.table([1, 2]);
}
console.log(schedule({ nextTick: (f) => f() + 1 }, () => 41));
