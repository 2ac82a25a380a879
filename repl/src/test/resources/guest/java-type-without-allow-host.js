var System = Java.type("java.lang.System");
print(System.getProperty("user.home"));
