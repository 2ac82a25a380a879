console.log(lab.num("N(1/4)"));
lab.linspace(0, 1);
