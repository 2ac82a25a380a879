System.out.println(audit("z = w*x + b; L = (z - y)^2/2"));
