System.out.println("before");
// café in Latin-1
