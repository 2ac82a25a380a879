System.out.println("before");
int y = "text";
