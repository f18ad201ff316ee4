// extending a value that is neither a constructor nor null is a TypeError when the class is defined
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const notAClass = 42;
try {
  class Broken extends notAClass {}
  console.log('not printed');
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
const arrow = () => {};
try {
  class AlsoBroken extends arrow {}
  console.log('not printed');
} catch (e) {
  console.log(e.name);
}
