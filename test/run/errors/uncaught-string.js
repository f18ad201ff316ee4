// throwing a string uncaught prints the string itself as the error line
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

try {
  throw 'caught string';
} catch (s) {
  console.log('first one was caught:', s);
}
throw 'plain string failure';
