// a script that fails on its third line
int x = 1;

Object o = null; o.toString();
System.out.println("never");
