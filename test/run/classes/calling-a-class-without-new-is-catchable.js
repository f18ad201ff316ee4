// the TypeError from calling a class without new can be caught, and names the class
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

class Widget {}
const Gadget = class {};
const constructors = [Widget, Gadget];
for (let i = 0; i < constructors.length; i++) {
  try {
    constructors[i]();
  } catch (e) {
    console.log(e instanceof TypeError, e.message);
  }
}
try {
  Widget.call({});
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
