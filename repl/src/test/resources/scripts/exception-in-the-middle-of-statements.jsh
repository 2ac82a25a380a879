double acc = 0;
acc += 1;
System.out.println("acc " + acc);
acc += 2;
int[] xs = new int[2];
acc += 3;
xs[5] = 1;
acc += 4;
System.out.println("never " + acc);
