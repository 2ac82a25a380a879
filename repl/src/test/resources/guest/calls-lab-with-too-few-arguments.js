console.log(lab.num("N(1/4)"));
lab.diff("x^2");
