int k = 2;
if (k > 5) System.out.println("big");
// the else below belongs to the if above
else System.out.println("small");
k++;
System.out.println(k);
