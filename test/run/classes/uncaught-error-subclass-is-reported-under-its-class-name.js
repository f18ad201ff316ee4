// an uncaught instance of an Error subclass whose name stays "Error" is reported under the class name
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

class TimeoutError extends Error {}
const e = new TimeoutError('took too long');
console.log(e.name, e.message);
throw e;
