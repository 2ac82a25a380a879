System.out.println("start");
for (int i = 0; i < 3; i++) {
  System.out.println(i);
