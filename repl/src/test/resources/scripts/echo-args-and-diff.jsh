System.out.println(String.join(",", ARGS));
System.out.println(diff("sigma(w*x+b)", "b"));
