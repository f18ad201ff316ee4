// __proto__: value in an object literal sets the new object's prototype instead of adding a property
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const animal = {
  speak() {
    return this.name + ' makes a sound';
  },
  legs: 4,
};
const dog = {
  __proto__: animal,
  name: 'rex',
};
console.log(dog.speak(), dog.legs, Object.getPrototypeOf(dog) === animal);
console.log(dog.hasOwnProperty('__proto__'), dog.hasOwnProperty('legs'));
console.log(dog);
const bare = { __proto__: null, only: 1 };
console.log(Object.getPrototypeOf(bare), typeof bare.toString);
const ignored = { __proto__: 42 };
console.log(Object.getPrototypeOf(ignored) === Object.prototype);
const quoted = { '__proto__': animal };
console.log(Object.getPrototypeOf(quoted) === animal);
