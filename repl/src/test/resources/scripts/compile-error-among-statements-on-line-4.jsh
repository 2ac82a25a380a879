int n = 0;
n += 1;
System.out.println("n " + n);
n += "two" * 2;
n += 3;
