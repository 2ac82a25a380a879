var a = lab.tensor([1, 2, 3, 4], 2, 2);
var b = lab.tensor([5, 6, 7, 8], 2, 2);
var c = a.matmul(b);
print(c.shape()[0] + "x" + c.shape()[1] + " " + c.values().join(",") + " sum " + c.sum());
