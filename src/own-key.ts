// Whether an object has a key of its own (not one of its prototype's: "constructor", "toString").
// Object.hasOwn says the same, but it is ES2022: Safari before 15.4 lacks it, and the web page, which runs
// this library, stopped with "Object.hasOwn is not a function" there (web page audit).
const own = Object.prototype.hasOwnProperty;

export function hasOwn(object: object, key: PropertyKey): boolean {
  return own.call(object, key);
}
