// a key deleted before for-in reaches it is skipped, whether own or inherited
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const obj = { a: 1, b: 2, c: 3, d: 4 };
for (const key in obj) {
  console.log('visit', key);
  if (key === 'a') {
    delete obj.c;
    delete obj.a; // deleting the current key is fine
  }
}
console.log(JSON.stringify(obj));
const proto = { inheritedLater: 1 };
const child = Object.create(proto);
child.first = 1;
for (const key in child) {
  console.log('visit', key);
  if (key === 'first') delete proto.inheritedLater;
}
