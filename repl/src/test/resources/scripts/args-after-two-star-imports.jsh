// two star imports after ARGS made JShell re-declare ARGS as null
import gradlab.train.*;
import gradlab.data.*;
System.out.println(String.join(",", ARGS));
