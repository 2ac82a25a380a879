System.out.println("before");
System.out.println(eval("1 + * 2"));
