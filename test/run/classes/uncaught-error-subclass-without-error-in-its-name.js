// node reports an uncaught Error subclass whose class name lacks "Error" as "Name [Error]: message"
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

class Oops extends Error {}
console.log(new Oops('first').message);
throw new Oops('something went wrong');
