// class getters and setters run on property reads and writes, with this bound to the instance
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

class Temperature {
  constructor(celsius) {
    this.celsius = celsius;
  }
  get fahrenheit() {
    return this.celsius * 9 / 5 + 32;
  }
  set fahrenheit(f) {
    console.log('setting fahrenheit to', f);
    this.celsius = (f - 32) * 5 / 9;
  }
  get readOnly() {
    return 'fixed';
  }
}
const t = new Temperature(100);
console.log(t.fahrenheit);
t.fahrenheit = 32;
console.log(t.celsius, t.fahrenheit);
t.readOnly = 'changed'; // no setter: ignored in sloppy code outside the class
console.log(t.readOnly);
console.log('fahrenheit' in t, t.hasOwnProperty('fahrenheit'), t.hasOwnProperty('celsius'));
