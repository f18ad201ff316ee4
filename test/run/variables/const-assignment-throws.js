// assigning to a const binding throws a TypeError at run time; the binding keeps its value
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const answer = 42;
try {
  answer = 43;
} catch (e) {
  console.log(e.name, e.message);
}
console.log(answer);
try {
  answer += 1;
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}
try {
  answer++;
} catch (e) {
  console.log(e.message);
}
console.log(answer);
function f() {
  const local = 'x';
  try {
    local = 'y';
  } catch (e) {
    return 'caught ' + e.name;
  }
  return 'not caught';
}
console.log(f());
