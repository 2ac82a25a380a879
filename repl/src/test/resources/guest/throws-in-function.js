// throws on line 3, inside a function
function f(x) {
  throw new Error("boom " + x);
}
f(1);
