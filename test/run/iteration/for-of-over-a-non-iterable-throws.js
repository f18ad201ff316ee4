// for-of over a plain object is an uncaught TypeError: the object is not iterable
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const settings = { debug: true, level: 2 };
for (const key in settings) console.log('for-in works:', key);
for (const entry of settings) console.log('not printed', entry);
