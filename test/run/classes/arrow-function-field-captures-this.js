// an arrow function in a field initialiser captures the instance, so it keeps working detached
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

class Button {
  clicks = 0;
  label;
  onClick = () => {
    this.clicks++;
    return this.label + ' clicked ' + this.clicks;
  };
  constructor(label) {
    this.label = label;
  }
  method() {
    return this === undefined ? 'no this' : 'has this';
  }
}
const ok = new Button('ok');
const cancel = new Button('cancel');
const handler = ok.onClick;
console.log(handler());
console.log(handler());
console.log(cancel.onClick());
console.log(ok.clicks, cancel.clicks, ok.onClick !== cancel.onClick);
const detached = ok.method;
console.log(detached()); // class bodies are strict: no this for a plain call
