// for-of over a Map yields [key, value] entries in insertion order; keys() and values() iterate one side
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const ages = new Map([
  ['ada', 36],
  ['bob', 25],
]);
ages.set('cy', 41);
ages.set('ada', 37); // updating keeps the original position
const objectKey = { id: 1 };
ages.set(objectKey, 'object keys work');
for (const entry of ages) console.log(entry);
for (const [name, age] of ages) console.log(typeof name, age);
for (const key of ages.keys()) console.log('key', key);
for (const value of ages.values()) console.log('value', value);
for (const [k, v] of ages.entries()) if (k === objectKey) console.log('found', v);
