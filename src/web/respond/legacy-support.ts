// Built-ins newer than the oldest browsers the respondent pages support (Chrome 70, Safari 12):
// the build rewrites new syntax, but cannot add missing functions, so they are added here.

if (typeof Object.hasOwn !== 'function') {
  Object.defineProperty(Object, 'hasOwn', {
    value: (object: object, key: PropertyKey) => Object.prototype.hasOwnProperty.call(object, key),
    configurable: true,
    writable: true,
  });
}
